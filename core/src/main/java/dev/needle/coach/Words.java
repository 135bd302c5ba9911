package dev.needle.coach;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** How coaching sentences write numbers: the same digits on every machine (Locale.ROOT), no trailing noise. */
final class Words {
    private Words() {
    }

    /** Hours with one decimal: "11.5 h". */
    static String hours(double hours) {
        return String.format(Locale.ROOT, "%.1f h", hours);
    }

    /** A rate or small count, to two significant decimals below 1 and one above: "0.34", "1.7". */
    static String number(double value) {
        return Math.abs(value) < 1 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.0f", amount);
    }

    static String interval(double low, double high) {
        return number(low) + "–" + number(high);
    }

    /** "A, B and C", or "A, B, C and 4 more" past {@code shown} items. */
    static String list(List<String> items, int shown) {
        if (items.isEmpty()) return "";
        List<String> named = items.subList(0, Math.min(shown, items.size()));
        int more = items.size() - named.size();
        if (more > 0) return String.join(", ", named) + " and " + more + " more";
        if (named.size() == 1) return named.get(0);
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
