package dev.needle.measure;

import dev.needle.domain.Days;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open span of time, {@code [from, to)}, that a report covers. */
public record Period(Instant from, Instant to) implements Serializable {
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
    }

    /** The {@code days} days that end at {@code end}: the default report period is the last 90 days up to as-of. */
    public static Period lastDays(Instant end, int days) {
        return new Period(end.minus(Duration.ofDays(days)), end);
    }

    public boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(from) && instant.isBefore(to);
    }

    /** This period cut off at {@code asOf}: nothing recorded after as-of is looked at. */
    public Period upTo(Instant asOf) {
        if (!to.isAfter(asOf)) return this;
        return new Period(from.isAfter(asOf) ? asOf : from, asOf);
    }

    public double days() {
        return Days.between(from, to);
    }
}
