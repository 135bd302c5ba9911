package dev.needle.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Writing XHTML by hand safely: every piece of data goes through {@link #text}; numbers look the same everywhere. */
final class Html {
    private Html() {
    }

    /** Text or an attribute value, escaped for XML (the page is parsed as XHTML by the PDF renderer). */
    static String text(String value) {
        if (value == null) return "";
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids (control characters from a CRM's notes) are dropped
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') out.append(c);
                }
            }
        }
        return out.toString();
    }

    static String number(double value, int decimals) {
        if (!Double.isFinite(value)) return "–";
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "–" : String.format(Locale.ROOT, "%,.0f", amount);
    }

    static String money(double amount) {
        return number(amount, 0);
    }

    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.0f%%", 100 * share) : "–";
    }
}
