package dev.needle.generate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link Generator} writes: {@code reps} sales reps (their managers come on top), {@code days}
 * working days (Monday to Friday) of logged activity ending on {@code until} inclusive, every draw
 * taken from one random stream seeded by {@code seed}, in the CSV {@code style} of a Salesforce export.
 */
public record GeneratorSettings(int reps, int days, long seed, LocalDate until, Style style) {
    public static final int DEFAULT_REPS = 20;
    public static final int DEFAULT_DAYS = 250;
    public static final long DEFAULT_SEED = 42L;
    /** A fixed date, so that the output never depends on the wall clock. */
    public static final LocalDate DEFAULT_UNTIL = LocalDate.of(2025, 6, 30);

    /** The two CSV shapes Salesforce users actually hold. */
    public enum Style {
        /** The weekly Data Export: all quoted, "1"/"0", GMT "yyyy-MM-dd HH:mm:ss", 18-character ids, CRLF. */
        EXPORT,
        /** Data Loader / API extract: quoted where needed, true/false, ISO instants, 15-character ids, LF. */
        LOADER
    }

    public GeneratorSettings {
        if (reps < 1 || reps > 10_000) throw new IllegalArgumentException("reps must be 1..10000: " + reps);
        if (days < 1 || days > 2_600) throw new IllegalArgumentException("days must be 1..2600: " + days);
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(style, "style");
        if (until.getYear() < 2000 || until.getYear() > 2200) {
            throw new IllegalArgumentException("until must lie in 2000..2200: " + until);
        }
    }

    public GeneratorSettings(int reps, int days, long seed) {
        this(reps, days, seed, DEFAULT_UNTIL, Style.EXPORT);
    }

    public static GeneratorSettings defaults() {
        return new GeneratorSettings(DEFAULT_REPS, DEFAULT_DAYS, DEFAULT_SEED);
    }

    public GeneratorSettings withStyle(Style newStyle) {
        return new GeneratorSettings(reps, days, seed, until, newStyle);
    }

    public GeneratorSettings withUntil(LocalDate newUntil) {
        return new GeneratorSettings(reps, days, seed, newUntil, style);
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(reps, days, newSeed, until, style);
    }
}
