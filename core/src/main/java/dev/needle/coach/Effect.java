package dev.needle.coach;

import java.util.Objects;

/**
 * The expected effect of a change, from the learned activity values: {@code value} more of
 * {@code measure} per week, with its 95% interval. An effect whose interval includes zero is never
 * recommended from.
 */
public record Effect(String measure, double value, double low, double high) {
    public Effect {
        Objects.requireNonNull(measure, "measure");
        if (low > high) throw new IllegalArgumentException("interval ends before it starts: " + low + " .. " + high);
    }

    public boolean includesZero() {
        return low <= 0 && high >= 0;
    }
}
