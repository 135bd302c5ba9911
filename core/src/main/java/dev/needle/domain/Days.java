package dev.needle.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Days as the analyses count them: spans with their fraction (ages, stays, periods), and whole UTC
 * epoch days (the unit of the value regressions' timelines).
 */
public final class Days {
    private static final double SECONDS_PER_DAY = 86_400.0;

    private Days() {
    }

    /** The days from {@code from} to {@code to}; negative when {@code to} comes first. */
    public static double between(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / SECONDS_PER_DAY;
    }

    /** The days elapsed from {@code from} to {@code to}, never below zero (a record dated after as-of is zero days old). */
    public static double elapsed(Instant from, Instant to) {
        return Math.max(0, between(from, to));
    }

    /** The UTC epoch day the instant falls on. */
    public static int epochDay(Instant instant) {
        return (int) Math.floorDiv(instant.getEpochSecond(), 86_400L);
    }

    public static int epochDay(LocalDate date) {
        return (int) date.toEpochDay();
    }
}
