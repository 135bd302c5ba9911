package dev.needle.bench;

import java.util.Locale;

/**
 * The aims of issue "Scale I", stated against DuckDB on the same export in the same run, so that a
 * busy or slow machine moves both sides alike.
 */
public enum Target {
    POSTGRES_IMPORT("PostgreSQL import rows/s ÷ DuckDB ingest rows/s", 0.5, true),
    EMBEDDED_IMPORT("embedded import rows/s ÷ DuckDB ingest rows/s", 0.25, true),
    IMPORT_PEAK_RSS("import peak RSS, MB", 1024, false),
    ANALYSIS("full analysis seconds ÷ DuckDB aggregate seconds", 2.0, false);

    private final String measure;
    private final double bound;
    private final boolean atLeast;

    Target(String measure, double bound, boolean atLeast) {
        this.measure = measure;
        this.bound = bound;
        this.atLeast = atLeast;
    }

    /** PostgreSQL's import is held to twice the embedded stores' aim. */
    public static Target importInto(String store) {
        return store.equals("postgresql") ? POSTGRES_IMPORT : EMBEDDED_IMPORT;
    }

    public boolean metBy(double value) {
        return atLeast ? value >= bound : value <= bound;
    }

    /** "≥ 0.5×", "≤ 1024 MB". */
    public String bound() {
        String number = this == IMPORT_PEAK_RSS ? String.format(Locale.ROOT, "%,.0f MB", bound)
                : String.format(Locale.ROOT, "%s×", bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound));
        return (atLeast ? "≥ " : "≤ ") + number;
    }

    public String measure() {
        return measure;
    }

    public double limit() {
        return bound;
    }
}
