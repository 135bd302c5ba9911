package dev.needle.ingest.mapping;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts the way people's files hold them: {@code $24,000.00}, {@code 24000 USD}, {@code EUR 1.234,56}
 * (with a German locale), {@code (1,200.00)} for a negative one. The locale decides which of
 * {@code ,} and {@code .} separates decimals; a number that only reads right in the other
 * convention is refused with a hint rather than read as a thousand times too small or large.
 */
final class Amounts {
    /** Symbols that name one currency in practice; a bare {@code $} is read as US dollars. */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("US$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("₹", "INR"), Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"),
            Map.entry("C$", "CAD"), Map.entry("CA$", "CAD"), Map.entry("CHF", "CHF"), Map.entry("R$", "BRL"),
            Map.entry("kr", "SEK"), Map.entry("zł", "PLN"));
    private static final Pattern CURRENCY = Pattern.compile(
            "^(?<pre>[A-Z]{3}|US\\$|AU\\$|CA\\$|A\\$|C\\$|R\\$|[$€£¥₹])?\\s*(?<number>[-+(]?[\\d.,'\\s]*\\d[\\d.,'\\s]*\\)?-?)\\s*(?<post>[A-Z]{3}|[$€£¥₹]|kr|zł)?$");

    /** The two conventions of real files, 1,234.56 and 1.234,56, compiled once rather than for every amount. */
    private static final Pattern POINT_CONVENTION = convention('.', ',');
    private static final Pattern COMMA_CONVENTION = convention(',', '.');

    private Amounts() {
    }

    /** An amount and the currency its text names (null when it names none). */
    record Money(BigDecimal amount, String currency) {
    }

    static Money parse(String text, Locale locale) {
        // the shape of nearly every amount in an export, the same in every convention
        if (Values.isDigits(text)) return new Money(new BigDecimal(text), null);
        String value = text.replace('\u00A0', ' ').replace('\u202F', ' ').trim();
        Matcher matcher = CURRENCY.matcher(value);
        if (!matcher.matches() || matcher.group("pre") != null && matcher.group("post") != null) {
            throw new RowProblem(null, "not an amount: \"" + text + "\"; expected e.g. 24000, 24,000.00, $24,000.00 or 24000 USD");
        }
        String symbol = matcher.group("pre") != null ? matcher.group("pre") : matcher.group("post");
        String currency = symbol == null ? null : SYMBOLS.getOrDefault(symbol, symbol);
        return new Money(number(matcher.group("number").trim(), text, locale), currency);
    }

    /** A number in the locale's convention: grouping separators dropped, the decimal separator read as a point. */
    static BigDecimal number(String text, String original, Locale locale) {
        String value = text.replace(" ", "").replace("'", "");
        boolean negative = false;
        if (value.startsWith("(") && value.endsWith(")")) {
            negative = true;
            value = value.substring(1, value.length() - 1);
        } else if (value.startsWith("-") || value.endsWith("-")) {
            negative = true;
            value = value.startsWith("-") ? value.substring(1) : value.substring(0, value.length() - 1);
        } else if (value.startsWith("+")) {
            value = value.substring(1);
        }
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        char grouping = decimal == ',' ? '.' : ',';
        if (!inConvention(value, decimal, grouping)) {
            String hint = inConvention(value, grouping, decimal)
                    ? (decimal == '.' ? "; it looks like a decimal comma: import with --locale de-DE (or the mapping's \"locale\")"
                    : "; it looks like a decimal point: import with --locale en-US")
                    : "";
            throw new RowProblem(null, "not a number in the " + locale.toLanguageTag() + " convention: \"" + original + "\"" + hint);
        }
        BigDecimal number = new BigDecimal(value.replace(String.valueOf(grouping), "").replace(decimal, '.'));
        return negative ? number.negate() : number;
    }

    /** Digits, optionally grouped in threes by {@code grouping}, optionally with one {@code decimal} part. */
    private static boolean inConvention(String value, char decimal, char grouping) {
        Pattern convention = decimal == '.' && grouping == ',' ? POINT_CONVENTION
                : decimal == ',' && grouping == '.' ? COMMA_CONVENTION : convention(decimal, grouping);
        return convention.matcher(value).matches();
    }

    private static Pattern convention(char decimal, char grouping) {
        String d = Pattern.quote(String.valueOf(decimal));
        String g = Pattern.quote(String.valueOf(grouping));
        return Pattern.compile("(\\d{1,3}(" + g + "\\d{3})+|\\d+)(" + d + "\\d+)?|" + d + "\\d+");
    }
}
