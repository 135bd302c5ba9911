package dev.needle.ingest.ical;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One DATE or DATE-TIME as written ({@code 20240305}, {@code 20240305T090000}, {@code 20240305T140000Z}), before a
 * zone turns it into an instant. Read leniently: a DATE with a stray "Z" (Google) is a DATE, a time cut short
 * ({@code T18300}, Evolution) is padded with zeros, ISO dashes and colons are accepted; each repair is reported.
 */
record TimeValue(LocalDate date, LocalTime time, boolean utc) {
    private static final Pattern SHAPE = Pattern.compile("(\\d{8})(?:T(\\d{1,6}))?(Z)?");
    private static final DateTimeFormatter BASIC_TIME = DateTimeFormatter.ofPattern("HHmmss");

    boolean isDate() {
        return time == null;
    }

    LocalDateTime local() {
        return isDate() ? date.atStartOfDay() : date.atTime(time);
    }

    static Optional<TimeValue> parse(String written, Consumer<String> repairs) {
        String text = written.strip().toUpperCase(Locale.ROOT);
        if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) text = text.replace("-", "").replace(":", "");
        Matcher matcher = SHAPE.matcher(text);
        if (!matcher.matches()) return Optional.empty();
        try {
            LocalDate date = LocalDate.parse(matcher.group(1), DateTimeFormatter.BASIC_ISO_DATE);
            String digits = matcher.group(2);
            boolean utc = matcher.group(3) != null;
            if (digits == null) {
                if (utc) repairs.accept("DATE '" + written + "' has a 'Z'; read as the date " + date);
                return Optional.of(new TimeValue(date, null, false));
            }
            if (digits.length() < 6) {
                String padded = (digits + "000000").substring(0, 6);
                repairs.accept("time '" + written + "' is short; read as " + padded);
                digits = padded;
            }
            return Optional.of(new TimeValue(date, LocalTime.parse(digits, BASIC_TIME), utc));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
