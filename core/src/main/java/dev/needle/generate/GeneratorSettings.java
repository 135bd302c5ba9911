package dev.needle.generate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link Generator} writes: {@code reps} sales reps (their managers come on top), {@code days}
 * working days (Monday to Friday) of logged activity ending on {@code until} inclusive, every draw
 * taken from one random stream seeded by {@code seed}, in the CSV {@code style} of a Salesforce export,
 * reshaped the way users keep their exports by {@code shape} ({@link Shape#AS_EXPORTED}: not at all).
 * {@code lossFactor} multiplies the weekly chance that an open deal is lost (1: as documented; 5 gives a
 * small team's harsh year, with most deals lost and few won). {@code multiDealAccounts} is the share of
 * accounts that open a new deal while one is open (expansion, another product, another department); 0,
 * the default, keeps one open deal per account and the output of the generator before the setting existed.
 */
public record GeneratorSettings(int reps, int days, long seed, LocalDate until, Style style, Shape shape,
                                double lossFactor, double multiDealAccounts) {
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

    /** How header names are spelled: Data Loader up to v60 writes them upper-case, v62 lower-case. */
    public enum HeaderCase {
        AS_IS, UPPER, LOWER;

        /** {@code upper}, {@code lower} or {@code as-is}, as the CLI takes them; any letter case. */
        public static HeaderCase parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "upper" -> UPPER;
                case "lower" -> LOWER;
                case "as-is" -> AS_IS;
                default -> throw new IllegalArgumentException("header case must be upper, lower or as-is: " + text);
            };
        }

        public String apply(String name) {
            return switch (this) {
                case AS_IS -> name;
                case UPPER -> name.toUpperCase(Locale.ROOT);
                case LOWER -> name.toLowerCase(Locale.ROOT);
            };
        }
    }

    /**
     * The shapes an export takes in users' hands, on top of the style. Each changes only how the same
     * simulated org is written: the simulation, its random draws and the planted effects stay the same.
     *
     * @param chosenColumns   only the columns a Data Loader / Workbench / SOQL user picks (no Task/Event AccountId)
     * @param headerCase      header names as written, custom fields included
     * @param loaderFileNames files named {@code extract.csv}, {@code extract (1).csv}, ... instead of by object
     * @param leads           prospects with no opportunity at the start are exported as Leads until they convert
     * @param excelAmounts    Opportunity.Amount and User.Quota__c as a spreadsheet saves them: {@code $24,000.00}
     */
    public record Shape(boolean chosenColumns, HeaderCase headerCase, boolean loaderFileNames, boolean leads,
                        boolean excelAmounts) {
        /** Every file as the export wrote it: the output of the generator before shapes existed. */
        public static final Shape AS_EXPORTED = new Shape(false, HeaderCase.AS_IS, false, false, false);

        public Shape {
            Objects.requireNonNull(headerCase, "headerCase");
        }

        public Shape withChosenColumns(boolean on) {
            return new Shape(on, headerCase, loaderFileNames, leads, excelAmounts);
        }

        public Shape withHeaderCase(HeaderCase newCase) {
            return new Shape(chosenColumns, newCase, loaderFileNames, leads, excelAmounts);
        }

        public Shape withLoaderFileNames(boolean on) {
            return new Shape(chosenColumns, headerCase, on, leads, excelAmounts);
        }

        public Shape withLeads(boolean on) {
            return new Shape(chosenColumns, headerCase, loaderFileNames, on, excelAmounts);
        }

        public Shape withExcelAmounts(boolean on) {
            return new Shape(chosenColumns, headerCase, loaderFileNames, leads, on);
        }
    }

    public GeneratorSettings {
        if (reps < 1 || reps > 10_000) throw new IllegalArgumentException("reps must be 1..10000: " + reps);
        if (days < 1 || days > 2_600) throw new IllegalArgumentException("days must be 1..2600: " + days);
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(shape, "shape");
        if (!(lossFactor > 0 && lossFactor <= 10)) throw new IllegalArgumentException("lossFactor must be in (0, 10]: " + lossFactor);
        if (!(multiDealAccounts >= 0 && multiDealAccounts <= 1)) {
            throw new IllegalArgumentException("multiDealAccounts must be a share in 0..1: " + multiDealAccounts);
        }
        if (until.getYear() < 2000 || until.getYear() > 2200) {
            throw new IllegalArgumentException("until must lie in 2000..2200: " + until);
        }
    }

    /** The documented loss hazard ({@code lossFactor} 1) and one open deal per account. */
    public GeneratorSettings(int reps, int days, long seed, LocalDate until, Style style, Shape shape) {
        this(reps, days, seed, until, style, shape, 1.0, 0.0);
    }

    /** The export as written, unreshaped. */
    public GeneratorSettings(int reps, int days, long seed, LocalDate until, Style style) {
        this(reps, days, seed, until, style, Shape.AS_EXPORTED);
    }

    public GeneratorSettings(int reps, int days, long seed) {
        this(reps, days, seed, DEFAULT_UNTIL, Style.EXPORT);
    }

    public static GeneratorSettings defaults() {
        return new GeneratorSettings(DEFAULT_REPS, DEFAULT_DAYS, DEFAULT_SEED);
    }

    public GeneratorSettings withStyle(Style newStyle) {
        return new GeneratorSettings(reps, days, seed, until, newStyle, shape, lossFactor, multiDealAccounts);
    }

    public GeneratorSettings withUntil(LocalDate newUntil) {
        return new GeneratorSettings(reps, days, seed, newUntil, style, shape, lossFactor, multiDealAccounts);
    }

    public GeneratorSettings withSeed(long newSeed) {
        return new GeneratorSettings(reps, days, newSeed, until, style, shape, lossFactor, multiDealAccounts);
    }

    public GeneratorSettings withShape(Shape newShape) {
        return new GeneratorSettings(reps, days, seed, until, style, newShape, lossFactor, multiDealAccounts);
    }

    public GeneratorSettings withLossFactor(double factor) {
        return new GeneratorSettings(reps, days, seed, until, style, shape, factor, multiDealAccounts);
    }

    /**
     * This share of accounts (drawn from a stream of its own) can open a new deal while one is open:
     * their account touches keep coming and keep creating opportunities at p(type) (docs/generator.md).
     */
    public GeneratorSettings withMultiDealAccounts(double share) {
        return new GeneratorSettings(reps, days, seed, until, style, shape, lossFactor, share);
    }
}
