package dev.needle.ingest.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/** A source row seen through a mapping: Needle's fields, typed, with errors that name the column. */
final class MappedRow {
    private final Mapping mapping;
    private final SourceRow row;
    private final Lookups lookups;
    private final ZoneId zone;
    private final boolean dayFirst;
    private final Locale locale;

    /** The type each typed Needle field has, to check every column a field may be read from. */
    private enum Kind { INSTANT, DATE, MONEY, BOOL, MINUTES }

    private static final Map<String, Kind> TYPED_FIELDS = Map.ofEntries(
            Map.entry("createdAt", Kind.INSTANT), Map.entry("start", Kind.INSTANT), Map.entry("at", Kind.INSTANT),
            Map.entry("expectedClose", Kind.DATE), Map.entry("closedAt", Kind.DATE), Map.entry("due", Kind.DATE),
            Map.entry("convertedAt", Kind.DATE), Map.entry("amount", Kind.MONEY), Map.entry("quota", Kind.MONEY),
            Map.entry("dreamClient", Kind.BOOL), Map.entry("converted", Kind.BOOL), Map.entry("allDay", Kind.BOOL),
            Map.entry("durationMinutes", Kind.MINUTES));

    /**
     * @param locale decides the decimal separator of amounts, and the order of slashed dates when the
     *               mapping has no {@code dateOrder}; the mapping's own {@code locale} wins
     */
    MappedRow(Mapping mapping, SourceRow row, Lookups lookups, Locale locale) {
        this.mapping = mapping;
        this.row = row;
        this.lookups = lookups;
        this.zone = mapping.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(mapping.timeZone());
        this.locale = mapping.locale() != null ? Locale.forLanguageTag(mapping.locale()) : locale;
        this.dayFirst = mapping.dateOrder() != null ? "DMY".equalsIgnoreCase(mapping.dateOrder()) : writesDayFirst(this.locale);
    }

    /**
     * Whether the locale writes short dates day first (en-GB 28/03/2024, de-DE 28.03.24), as
     * exports written in the user's locale do (a Salesforce report); en-US and the root locale do not.
     */
    static boolean writesDayFirst(Locale locale) {
        if (locale == null) return false;
        DateFormat format = DateFormat.getDateInstance(DateFormat.SHORT, locale);
        if (!(format instanceof SimpleDateFormat simple)) return false;
        String pattern = simple.toPattern().replaceAll("'[^']*'", "");
        int day = pattern.indexOf('d');
        int month = pattern.indexOf('M');
        return day >= 0 && month >= 0 && day < month;
    }

    /**
     * Parses every mapped typed column of the row, also those another column takes precedence over
     * or that this row's kind of record does not use: a malformed value anywhere is a row error,
     * never silently ignored.
     */
    void checkEveryTypedColumn() {
        TYPED_FIELDS.forEach((field, kind) -> {
            FieldSpec spec = mapping.fields().get(field);
            if (spec == null) return;
            for (FieldSpec.Cell cell : spec.candidateCells(row)) {
                try {
                    parse(kind, cell.text());
                } catch (RowProblem problem) {
                    throw new RowProblem(cell.column(), problem.getMessage());
                }
            }
            if (spec.minutesBetween() != null) {
                for (String column : spec.minutesBetween()) {
                    String text = row.cell(column);
                    if (text != null && !text.isBlank()) parseIn(column, text);
                }
            }
        });
    }

    private void parse(Kind kind, String text) {
        switch (kind) {
            case INSTANT -> Values.instant(text, zone, dayFirst);
            case DATE -> Values.date(text, dayFirst);
            case MONEY -> Amounts.parse(text, locale);
            case BOOL -> Values.bool(text);
            case MINUTES -> Values.minutesOf(text);
        }
    }

    String text(String field) {
        return cell(field).text();
    }

    String requiredText(String field) {
        FieldSpec.Cell cell = cell(field);
        if (cell.text() == null) throw new RowProblem(columnOf(field, cell), field + " is required but empty");
        return cell.text();
    }

    /** An id or a link: Salesforce ids are normalised to 18 characters; a prefix filters polymorphic links. */
    String ref(String field) {
        FieldSpec spec = mapping.fields().get(field);
        String text = firstOfList(text(field));
        if (text != null && mapping.usesSalesforceIds()) text = SalesforceIds.normalise(text);
        if (text != null && spec != null && spec.prefix() != null && !text.startsWith(spec.prefix())) return null;
        return text;
    }

    /** A link cell listing several records links to the first of them. */
    private String firstOfList(String text) {
        String separator = mapping.listSeparator();
        if (text == null || separator == null || !text.contains(separator)) return text;
        for (String part : text.split(java.util.regex.Pattern.quote(separator))) {
            if (!part.isBlank()) return part.trim();
        }
        return null;
    }

    String requiredRef(String field) {
        String ref = ref(field);
        if (ref == null) throw new RowProblem(columnOf(field, cell(field)), field + " is required but empty");
        return ref;
    }

    Instant instant(String field) {
        FieldSpec.Cell cell = cell(field);
        if (cell.text() == null) return null;
        try {
            return Values.instant(cell.text(), zone, dayFirst);
        } catch (RowProblem problem) {
            throw new RowProblem(columnOf(field, cell), problem.getMessage());
        }
    }

    Instant requiredInstant(String field) {
        Instant instant = instant(field);
        if (instant == null) throw new RowProblem(columnOf(field, cell(field)), field + " is required but empty");
        return instant;
    }

    LocalDate date(String field) {
        FieldSpec.Cell cell = cell(field);
        if (cell.text() == null) return null;
        try {
            return Values.date(cell.text(), dayFirst);
        } catch (RowProblem problem) {
            throw new RowProblem(columnOf(field, cell), problem.getMessage());
        }
    }

    /** An amount with the currency its text names, if any ({@code $24,000.00}, {@code 24000 USD}). */
    Amounts.Money money(String field) {
        FieldSpec.Cell cell = cell(field);
        if (cell.text() == null) return null;
        try {
            return Amounts.parse(cell.text(), locale);
        } catch (RowProblem problem) {
            throw new RowProblem(columnOf(field, cell), problem.getMessage());
        }
    }

    BigDecimal amount(String field) {
        Amounts.Money money = money(field);
        return money == null ? null : money.amount();
    }

    boolean bool(String field) {
        FieldSpec.Cell cell = cell(field);
        if (cell.text() == null) return false;
        try {
            return Values.bool(cell.text());
        } catch (RowProblem problem) {
            throw new RowProblem(columnOf(field, cell), problem.getMessage());
        }
    }

    /** Minutes, from a number (optionally divided, e.g. seconds by 60), an HH:mm:ss text, or two timestamps. */
    Integer minutes(String field) {
        FieldSpec spec = mapping.fields().get(field);
        if (spec == null) return null;
        if (spec.minutesBetween() != null) return minutesBetween(field, spec);
        FieldSpec.Cell cell = cell(field);
        if (cell.text() == null) return null;
        BigDecimal minutes;
        try {
            minutes = Values.minutesOf(cell.text());
        } catch (RowProblem problem) {
            throw new RowProblem(columnOf(field, cell), problem.getMessage());
        }
        // divideBy converts a plain number (seconds, milliseconds); an H:mm:ss text is minutes already
        if (spec.divideBy() != null && !Values.isClockDuration(cell.text())) minutes = minutes.divide(BigDecimal.valueOf(spec.divideBy()), 3, RoundingMode.HALF_UP);
        if (minutes.signum() < 0) throw new RowProblem(columnOf(field, cell), "negative duration: " + cell.text());
        return minutes.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, E fallback) {
        FieldSpec.Cell cell = cell(field);
        if (cell.text() == null) return fallback;
        try {
            return Enum.valueOf(type, cell.text().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowProblem(columnOf(field, cell), "\"" + cell.text() + "\" is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private Integer minutesBetween(String field, FieldSpec spec) {
        String startColumn = spec.minutesBetween().get(0);
        String endColumn = spec.minutesBetween().get(1);
        String start = row.cell(startColumn);
        String end = row.cell(endColumn);
        if (start == null || start.isBlank() || end == null || end.isBlank()) return null;
        Instant from = parseIn(startColumn, start);
        Instant to = parseIn(endColumn, end);
        if (to.isBefore(from)) throw new RowProblem(endColumn, "ends before it starts (" + start + " → " + end + ")");
        return (int) Duration.between(from, to).toMinutes();
    }

    private Instant parseIn(String column, String text) {
        try {
            return Values.instant(text, zone, dayFirst);
        } catch (RowProblem problem) {
            throw new RowProblem(column, problem.getMessage());
        }
    }

    private FieldSpec.Cell cell(String field) {
        FieldSpec spec = mapping.fields().get(field);
        if (spec == null) return new FieldSpec.Cell(null, null);
        return spec.read(row, lookups);
    }

    private String columnOf(String field, FieldSpec.Cell cell) {
        if (cell.column() != null) return cell.column();
        FieldSpec spec = mapping.fields().get(field);
        return spec == null || spec.columns().isEmpty() ? field : String.join("|", spec.columns());
    }
}
