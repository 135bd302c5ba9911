package dev.needle.cli;

/** How numbers and names are shown in terminal tables. */
final class Text {
    private Text() {
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format("%.0f%%", 100 * share);
    }

    static String decimal(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? "-" : String.format("%.2f", value);
    }

    static String cut(String text, int width) {
        if (text == null) return "";
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** An instant as people read it: "2026-12-03 04:41 America/New_York" (no seconds, no nanoseconds). */
    static String when(java.time.Instant instant, java.time.ZoneId zone) {
        return instant.atZone(zone).format(MINUTE) + " " + dev.needle.measure.DefaultPeriod.zoneName(zone);
    }
}
