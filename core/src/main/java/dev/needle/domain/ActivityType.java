package dev.needle.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * A catalogue entry. {@code name} is the name the source system uses (a Salesforce Type value such
 * as "Prospecting Call"); {@code catalogued} is false for a type no catalogue entry matched, which
 * is kept under its own name and reported rather than dropped.
 */
public record ActivityType(String name, ValueClass valueClass, WorkCategory category,
                           int defaultMinutes, boolean catalogued) implements Serializable {
    public ActivityType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueClass, "valueClass");
        Objects.requireNonNull(category, "category");
        if (defaultMinutes <= 0) throw new IllegalArgumentException("defaultMinutes must be positive: " + defaultMinutes);
    }
}
