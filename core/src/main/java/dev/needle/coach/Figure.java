package dev.needle.coach;

import java.util.Objects;

/** One number behind a coaching point, named so the dashboard and JSON readers can show it. */
public record Figure(String name, double value, String unit) {
    public Figure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }
}
