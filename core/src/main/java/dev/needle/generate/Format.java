package dev.needle.generate;

import dev.needle.generate.GeneratorSettings.Shape;
import dev.needle.generate.GeneratorSettings.Style;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How one export style spells ids, booleans, instants and dates. The shapes follow the real files:
 * Data Export writes {@code "2018-10-13 17:16:45"} (GMT) and date-only fields as
 * {@code "2018-08-22 00:00:00"} (see shared/data/salesforce-dev-org-export-sample); Data Loader
 * writes {@code 2018-10-13T17:16:45.000Z} and {@code 2018-08-22}. The {@link Shape} adds how users
 * reshape them: header letter case and amounts saved by a spreadsheet.
 */
final class Format {
    final Style style;
    final Shape shape;

    Format(Style style, Shape shape) {
        this.style = style;
        this.shape = shape;
    }

    String headerName(String apiName) {
        return shape.headerCase().apply(apiName);
    }

    /**
     * A currency amount (whole dollars in this org): the number as Salesforce writes it, or, after a
     * spreadsheet round-trip, US currency format with thousands separators and cents ({@code $24,000.00}).
     */
    String amount(long dollars) {
        if (!shape.excelAmounts()) return Long.toString(dollars);
        return String.format(Locale.US, "$%,d.00", dollars);
    }

    boolean exportStyle() {
        return style == Style.EXPORT;
    }

    String id(String id15) {
        return exportStyle() ? dev.needle.ingest.mapping.SalesforceIds.to18(id15) : id15;
    }

    String bool(boolean value) {
        if (exportStyle()) return value ? "1" : "0";
        return value ? "true" : "false";
    }

    String lineEnd() {
        return exportStyle() ? "\r\n" : "\n";
    }

    boolean quoteEveryField() {
        return exportStyle();
    }

    String instant(long epochSecond) {
        StringBuilder text = new StringBuilder(24);
        appendDate(text, Math.floorDiv(epochSecond, 86_400L));
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400L);
        text.append(exportStyle() ? ' ' : 'T');
        two(text, secondOfDay / 3600).append(':');
        two(text, secondOfDay / 60 % 60).append(':');
        two(text, secondOfDay % 60);
        if (!exportStyle()) text.append(".000Z");
        return text.toString();
    }

    String date(LocalDate date) {
        StringBuilder text = new StringBuilder(19);
        appendDate(text, date.toEpochDay());
        if (exportStyle()) text.append(" 00:00:00");
        return text.toString();
    }

    private static void appendDate(StringBuilder text, long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        text.append(date.getYear()).append('-');
        two(text, date.getMonthValue()).append('-');
        two(text, date.getDayOfMonth());
    }

    private static StringBuilder two(StringBuilder text, int value) {
        if (value < 10) text.append('0');
        return text.append(value);
    }
}
