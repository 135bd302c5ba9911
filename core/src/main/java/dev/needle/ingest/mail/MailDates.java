package dev.needle.ingest.mail;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as mail really carries them, where mime4j's RFC 5322 parser gives up: a comment after the zone
 * ("(PST)"), a zone name instead of an offset ("EST", "UTC"), no day of week, a two-digit year, single-digit
 * fields, an mbox envelope's asctime form ("Wed Jan 11 13:01:59 +0000 2017", "Sat Jan  3 01:05:34 1998").
 */
final class MailDates {
    private static final Pattern RFC_LIKE = Pattern.compile(
            "(?:[A-Za-z]{3},?\\s+)?(\\d{1,2})[\\s-]+([A-Za-z]{3})[a-z]*[\\s-]+(\\d{2,4})\\s+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2}))?\\s*([+-]\\d{4}|[A-Za-z]{1,5})?.*");
    private static final Pattern ASCTIME = Pattern.compile(
            "(?:\\S+\\s+)?[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{4}|[A-Za-z]{1,5})?\\s+(\\d{4})\\s*");
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("GMT", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"),
            Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"), Map.entry("BST", "+0100"));
    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM").toFormatter(Locale.ENGLISH);

    private MailDates() {
    }

    /** A Date header's value, or an envelope's date, read as leniently as is still unambiguous. */
    static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String value = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher rfc = RFC_LIKE.matcher(value);
            if (rfc.matches()) {
                return Optional.of(at(year(rfc.group(3)), rfc.group(2), rfc.group(1), rfc.group(4), rfc.group(5), rfc.group(6), rfc.group(7)));
            }
            Matcher asctime = ASCTIME.matcher(value);
            if (asctime.matches()) {
                return Optional.of(at(Integer.parseInt(asctime.group(7)), asctime.group(1), asctime.group(2),
                        asctime.group(3), asctime.group(4), asctime.group(5), asctime.group(6)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Instant at(int year, String month, String day, String hour, String minute, String second, String zone) {
        int monthValue;
        try {
            monthValue = MONTH.parse(month.substring(0, 3)).get(java.time.temporal.ChronoField.MONTH_OF_YEAR);
        } catch (DateTimeParseException e) {
            throw new DateTimeException("no month " + month);
        }
        LocalDateTime local = LocalDateTime.of(year, monthValue, Integer.parseInt(day), Integer.parseInt(hour),
                Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
        return local.atZone(zone(zone)).toInstant();
    }

    /** RFC 5322 §4.3: a two-digit year is 19xx from 50 on, else 20xx. */
    private static int year(String text) {
        int year = Integer.parseInt(text);
        if (text.length() == 2) return year >= 50 ? 1900 + year : 2000 + year;
        if (text.length() == 3) return 1900 + year;
        return year;
    }

    /** An unknown zone name, or none, is read as UTC (RFC 5322 says -0000 means "zone unknown"). */
    private static ZoneId zone(String zone) {
        if (zone == null) return ZoneOffset.UTC;
        String offset = zone.startsWith("+") || zone.startsWith("-") ? zone : ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), "+0000");
        return ZoneOffset.of(offset.substring(0, 3) + ":" + offset.substring(3));
    }
}
