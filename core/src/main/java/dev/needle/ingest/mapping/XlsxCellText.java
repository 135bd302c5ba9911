package dev.needle.ingest.mapping;

import org.dhatim.fastexcel.reader.Cell;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * A workbook cell as the text a CSV export of the same data would hold, so that mappings written for CSV exports
 * read .xlsx exports unchanged: 42 not 42.0, 0.000001 not 1E-6, dates as ISO dates, a formula as its cached value.
 */
final class XlsxCellText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Excel's built-in number formats that show a date or a time (ECMA-376 part 1, 18.8.30, and the CJK ones). */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(
            14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
            50, 51, 52, 53, 54, 55, 56, 57, 58);

    private XlsxCellText() {
    }

    static String of(Cell cell) {
        if (cell == null) return "";
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case NUMBER, FORMULA -> value instanceof BigDecimal number ? number(cell, number) : text(value);
            case BOOLEAN -> text(value);
            case STRING, ERROR -> cell.getRawValue() == null ? text(value) : cell.getRawValue();
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String number(Cell cell, BigDecimal number) {
        DateFormat format = DateFormat.of(cell.getDataFormatId(), cell.getDataFormatString());
        if (format == DateFormat.NONE) return plain(number);
        LocalDateTime moment = cell.asDate();
        return switch (format) {
            case DATE -> moment.toLocalDate().toString();
            case DATE_TIME -> moment.format(DATE_TIME);
            case TIME -> moment.format(TIME);
            case NONE -> plain(number);
        };
    }

    private static String plain(BigDecimal number) {
        if (number.signum() == 0) return "0";
        return number.stripTrailingZeros().toPlainString();
    }

    /** What a cell's number format shows of a date serial number. */
    enum DateFormat {
        NONE, DATE, DATE_TIME, TIME;

        static DateFormat of(Integer formatId, String formatString) {
            if (formatString == null) {
                if (formatId == null || !BUILT_IN_DATE_FORMATS.contains(formatId)) return NONE;
                return switch (formatId) {
                    case 14, 15, 16, 17 -> DATE;
                    case 18, 19, 20, 21, 45, 46, 47 -> TIME;
                    case 22 -> DATE_TIME;
                    default -> DATE;
                };
            }
            return ofPattern(formatString);
        }

        /**
         * Reads a custom format such as "yyyy-mm-dd hh:mm" for date and time letters, ignoring quoted text,
         * escaped characters and [colour]/[locale] sections, which may contain such letters without meaning them.
         */
        static DateFormat ofPattern(String pattern) {
            String section = pattern.split(";", 2)[0];
            boolean date = false;
            boolean time = false;
            boolean quoted = false;
            boolean bracketed = false;
            for (int i = 0; i < section.length(); i++) {
                char c = Character.toLowerCase(section.charAt(i));
                if (c == '"') quoted = !quoted;
                else if (quoted) continue;
                else if (c == '\\' || c == '_' || c == '*') i++;
                else if (c == '[') bracketed = true;
                else if (c == ']') bracketed = false;
                else if (bracketed) {
                    // [h]:mm elapsed time is a duration, shown as time
                    if (c == 'h' || c == 's') time = true;
                } else if (c == 'y' || c == 'd') date = true;
                else if (c == 'h' || c == 's') time = true;
                else if (c == 'm' && !time) date = true;
            }
            if (date && time) return DATE_TIME;
            if (date) return DATE;
            if (time) return TIME;
            return NONE;
        }
    }
}
