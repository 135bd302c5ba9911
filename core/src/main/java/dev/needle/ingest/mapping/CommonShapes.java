package dev.needle.ingest.mapping;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * The date and time shapes nearly every export writes ({@code 2024-03-05}, {@code 2024-03-05 14:00:00},
 * {@code 2024-03-05T14:00:00.000Z}), recognised by their characters' positions instead of a regex and a
 * formatter: a million rows hold several million of them. Anything else, an invalid date of one of these
 * shapes included, gives null, and {@link Values} parses it the general way, with its error messages.
 */
final class CommonShapes {
    private CommonShapes() {
    }

    /** {@code yyyy-MM-dd}, alone or followed by a time ({@code " "} or {@code T}), which a date field ignores. */
    static LocalDate date(String value) {
        if (!isoDateAt(value) || value.length() > 10 && value.charAt(10) != ' ' && value.charAt(10) != 'T') return null;
        try {
            return LocalDate.of(digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2));
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /**
     * {@code yyyy-MM-dd} (midnight), {@code yyyy-MM-dd HH:mm:ss} or {@code yyyy-MM-ddTHH:mm:ss} in {@code zone};
     * {@code yyyy-MM-ddTHH:mm:ssZ} or {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC.
     */
    static Instant instant(String value, ZoneId zone) {
        if (!isoDateAt(value)) return null;
        try {
            if (value.length() == 10) return LocalDate.of(digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2))
                    .atStartOfDay(zone).toInstant();
            if (value.length() < 19 || !clockAt(value, 11)) return null;
            char separator = value.charAt(10);
            if (value.length() == 19 && (separator == ' ' || separator == 'T')) return inZone(dateTime(value, 0), zone);
            if (separator != 'T' || value.charAt(value.length() - 1) != 'Z') return null;
            if (value.length() == 20) return dateTime(value, 0).toInstant(ZoneOffset.UTC);
            if (value.length() == 24 && value.charAt(19) == '.' && digitsAt(value, 20, 3)) {
                return dateTime(value, digits(value, 20, 3) * 1_000_000).toInstant(ZoneOffset.UTC);
            }
            return null;
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** Most files' zone is UTC or another fixed offset, which needs no look-up of daylight saving rules. */
    private static Instant inZone(LocalDateTime local, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        return rules.isFixedOffset() ? local.toInstant(rules.getOffset(Instant.EPOCH)) : local.atZone(zone).toInstant();
    }

    private static LocalDateTime dateTime(String value, int nanos) {
        return LocalDateTime.of(digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2),
                digits(value, 11, 2), digits(value, 14, 2), digits(value, 17, 2), nanos);
    }

    private static boolean isoDateAt(String value) {
        return value.length() >= 10 && digitsAt(value, 0, 4) && value.charAt(4) == '-' && digitsAt(value, 5, 2)
                && value.charAt(7) == '-' && digitsAt(value, 8, 2);
    }

    /** {@code HH:mm:ss} at {@code at}. */
    private static boolean clockAt(String value, int at) {
        return digitsAt(value, at, 2) && value.charAt(at + 2) == ':' && digitsAt(value, at + 3, 2)
                && value.charAt(at + 5) == ':' && digitsAt(value, at + 6, 2);
    }

    private static boolean digitsAt(String value, int at, int count) {
        for (int i = at; i < at + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static int digits(String value, int at, int count) {
        int number = 0;
        for (int i = at; i < at + count; i++) number = number * 10 + value.charAt(i) - '0';
        return number;
    }
}
