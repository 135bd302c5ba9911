package dev.needle.ingest.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of the value shapes real exports use. Each parser recognises the shape first and parses
 * second, so a million rows cost no exceptions; a value of no known shape is a {@link RowProblem}.
 */
final class Values {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SPACED_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}),? (\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)\\s*([AaPp][Mm])?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?:,?[ T]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{11,14}");
    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d*)(\\.\\d+)?");
    private static final Pattern CLOCK_DURATION = Pattern.compile("\\d{1,3}:\\d{2}(:\\d{2})?");
    private static final DateTimeFormatter ISO_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final String DATE_TIME_EXAMPLES = "expected a date and time such as 2024-03-05 14:00:00, 2024-03-05T14:00:00Z or 3/5/2024 2:00 PM";

    private Values() {
    }

    static Instant instant(String text, ZoneId zone, boolean dayFirst) {
        String value = text.trim();
        Instant common = CommonShapes.instant(value, zone);
        if (common != null) return common;
        try {
            if (value.indexOf('T') == 10) return isoInstant(value, zone);
            Matcher spaced = SPACED_DATE_TIME.matcher(value);
            if (spaced.matches()) return spacedDateTime(spaced).atZone(zone).toInstant();
            if (ISO_DATE.matcher(value).matches()) return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            Matcher slashed = SLASHED.matcher(value);
            if (slashed.matches()) return slashedDateTime(slashed, dayFirst).atZone(zone).toInstant();
            Matcher dotted = DOTTED.matcher(value);
            if (dotted.matches()) return dotted(dotted).atStartOfDay(zone).toInstant();
            if (EPOCH_MILLIS.matcher(value).matches()) return Instant.ofEpochMilli(Long.parseLong(value));
        } catch (java.time.DateTimeException e) {
            throw new RowProblem(null, "not a valid date and time: \"" + value + "\" (" + e.getMessage() + ")");
        }
        throw new RowProblem(null, "not a date and time: \"" + value + "\"; " + DATE_TIME_EXAMPLES);
    }

    static LocalDate date(String text, boolean dayFirst) {
        String value = text.trim();
        LocalDate common = CommonShapes.date(value);
        if (common != null) return common;
        try {
            if (value.length() >= 10 && ISO_DATE.matcher(value.substring(0, 10)).matches()
                    && (value.length() == 10 || value.charAt(10) == ' ' || value.charAt(10) == 'T')) {
                return LocalDate.parse(value.substring(0, 10));
            }
            Matcher slashed = SLASHED.matcher(value);
            if (slashed.matches()) return slashedDateTime(slashed, dayFirst).toLocalDate();
            Matcher dotted = DOTTED.matcher(value);
            if (dotted.matches()) return dotted(dotted);
        } catch (java.time.DateTimeException e) {
            throw new RowProblem(null, "not a valid date: \"" + value + "\" (" + e.getMessage() + ")");
        }
        throw new RowProblem(null, "not a date: \"" + value + "\"; expected e.g. 2024-03-05 or 3/5/2024");
    }

    /** A plain number (durations, counts): digits with a decimal point, thousands grouped by commas. */
    static BigDecimal decimal(String text) {
        String value = text.trim();
        if (!NUMBER.matcher(value).matches() || value.equals("-") || value.equals(".")) {
            throw new RowProblem(null, "not a number: \"" + value + "\"");
        }
        return new BigDecimal(value.replace(",", ""));
    }

    static boolean bool(String text) {
        if (text.equals("1")) return true;
        if (text.equals("0")) return false;
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "y", "t" -> {
                return true;
            }
            case "0", "false", "no", "n", "f" -> {
                return false;
            }
            default -> throw new RowProblem(null, "not a yes/no value: \"" + text + "\" (expected 1/0 or true/false)");
        }
    }

    static boolean isClockDuration(String text) {
        return CLOCK_DURATION.matcher(text.trim()).matches();
    }

    /** HH:mm:ss or HH:mm durations (HubSpot, Pipedrive) in minutes, or a plain number. */
    static BigDecimal minutesOf(String text) {
        String value = text.trim();
        if (isDigits(value)) return new BigDecimal(value);
        if (isClockDuration(value)) {
            String[] parts = value.split(":");
            double minutes = Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1])
                    + (parts.length == 3 ? Integer.parseInt(parts[2]) / 60.0 : 0);
            return BigDecimal.valueOf(minutes);
        }
        return decimal(value);
    }

    private static Instant isoInstant(String value, ZoneId zone) {
        var parsed = ISO_OFFSET.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime offset) return offset.toInstant();
        return ((LocalDateTime) parsed).atZone(zone).toInstant();
    }

    private static LocalDateTime slashedDateTime(Matcher m, boolean dayFirst) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (year < 100) year += 2000;
        int month = dayFirst ? second : first;
        int day = dayFirst ? first : second;
        // a "month" above 12 that reads as a day: the file writes dates the other way round
        if (month > 12 && day <= 12) throw new RowProblem(null, wrongOrder(m.group(), dayFirst, month));
        int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int secondOfMinute = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        String meridiem = m.group(7);
        if (meridiem != null) hour = twelveHour(hour, meridiem);
        return LocalDateTime.of(year, month, day, hour, minute, secondOfMinute);
    }

    private static String wrongOrder(String value, boolean dayFirst, int month) {
        return dayFirst
                ? "not a day-first date: \"" + value + "\" would be month " + month + "; it looks month-first (3/28/2024):"
                        + " import with --locale en-US, or set the mapping's \"dateOrder\": \"MDY\""
                : "not a month-first date: \"" + value + "\" would be month " + month + "; it looks day-first (28/03/2024):"
                        + " import with --locale en-GB, or set the mapping's \"dateOrder\": \"DMY\"";
    }

    private static LocalDate dotted(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static LocalDateTime spacedDateTime(Matcher m) {
        LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + pad(m.group(2)));
        String meridiem = m.group(5);
        if (meridiem == null) return local;
        return local.withHour(twelveHour(local.getHour(), meridiem));
    }

    /** 12 AM is midnight, 12 PM noon; an hour outside 1..12 with AM/PM is an error, not a guess. */
    private static int twelveHour(int hour, String meridiem) {
        if (hour < 1 || hour > 12) throw new RowProblem(null, "hour " + hour + " with " + meridiem);
        return hour % 12 + (meridiem.equalsIgnoreCase("pm") ? 12 : 0);
    }

    private static String pad(String time) {
        String[] parts = time.split(":", 2);
        return (parts[0].length() == 1 ? "0" : "") + time + (time.length() <= 5 ? ":00" : "");
    }

    /** ASCII digits and nothing else: most amounts and durations in exports, parsed without a regex. */
    static boolean isDigits(String value) {
        if (value.isEmpty()) return false;
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') return false;
        }
        return true;
    }
}
