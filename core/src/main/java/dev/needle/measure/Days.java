package dev.needle.measure;

import java.time.Instant;
import java.time.LocalDate;

/** Days as integers (UTC epoch days), the unit of the value regressions' timelines. */
final class Days {
    private Days() {
    }

    static int of(Instant instant) {
        return (int) Math.floorDiv(instant.getEpochSecond(), 86_400L);
    }

    static int of(LocalDate date) {
        return (int) date.toEpochDay();
    }
}
