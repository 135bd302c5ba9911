package dev.needle.ingest.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DateFormat;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A source row seen through a mapping: Needle's fields, typed, with errors that name the column. */
final class MappedRow {
    private static final BigDecimal MAX_MINUTES = BigDecimal.valueOf(366L * 24 * 60);
    private final Mapping mapping;
    private final SourceRow row;
    private final Lookups lookups;
    private final ZoneId zone;
    private final boolean dayFirst;
    private final Locale locale;
    /** The values this row has parsed: checking every typed column parses the very cells its fields then read. */
    private final List<Parsed> parsed = new ArrayList<>(4);

    /** The type each typed Needle field has, to check every column a field may be read from. */
    private enum Kind { INSTANT, DATE, MONEY, BOOL, MINUTES }

    private record TypedField(String field, Kind kind) {
    }

    private record Parsed(Kind kind, String text, Object value) {
    }

    /** In a fixed order, so that of two malformed columns the same one is reported on every run. */
    private static final List<TypedField> TYPED_FIELDS = List.of(
            new TypedField("createdAt", Kind.INSTANT), new TypedField("start", Kind.INSTANT), new TypedField("at", Kind.INSTANT),
            new TypedField("expectedClose", Kind.DATE), new TypedField("closedAt", Kind.DATE), new TypedField("due", Kind.DATE),
            new TypedField("convertedAt", Kind.DATE), new TypedField("amount", Kind.MONEY), new TypedField("quota", Kind.MONEY),
            new TypedField("dreamClient", Kind.BOOL), new TypedField("converted", Kind.BOOL), new TypedField("allDay", Kind.BOOL),
            new TypedField("durationMinutes", Kind.MINUTES));

    /**
     * @param locale decides the decimal separator of amounts, and the order of slashed dates when the
     *               mapping has no {@code dateOrder}; the mapping's own {@code locale} wins
     */
    MappedRow(Mapping mapping, SourceRow row, Lookups lookups, Locale locale) {
        this(mapping, row, lookups, ValueFormat.of(mapping, locale));
    }

    MappedRow(Mapping mapping, SourceRow row, Lookups lookups, ValueFormat format) {
        this.mapping = mapping;
        this.row = row;
        this.lookups = lookups;
        this.zone = format.zone();
        this.locale = format.locale();
        this.dayFirst = format.dayFirst();
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
        for (int i = 0; i < TYPED_FIELDS.size(); i++) {
            TypedField typed = TYPED_FIELDS.get(i);
            FieldSpec spec = mapping.fields().get(typed.field());
            if (spec == null) continue;
            List<FieldSpec.Cell> cells = spec.candidateCells(row);
            for (int c = 0; c < cells.size(); c++) {
                FieldSpec.Cell cell = cells.get(c);
                try {
                    parse(typed.kind(), cell.text());
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
        }
    }

    /** The value of {@code text} as {@code kind}, parsed once per row however often a field reads it. */
    private Object parse(Kind kind, String text) {
        // a field's text is usually the very string its column check parsed: found by identity before by content
        for (int i = 0; i < parsed.size(); i++) {
            Parsed earlier = parsed.get(i);
            if (earlier.kind() == kind && earlier.text() == text) return earlier.value();
        }
        for (int i = 0; i < parsed.size(); i++) {
            Parsed earlier = parsed.get(i);
            if (earlier.kind() == kind && earlier.text().equals(text)) return earlier.value();
        }
        Object value = switch (kind) {
            case INSTANT -> Values.instant(text, zone, dayFirst);
            case DATE -> Values.date(text, dayFirst);
            case MONEY -> Amounts.parse(text, locale);
            case BOOL -> Values.bool(text);
            case MINUTES -> Values.minutesOf(text);
        };
        parsed.add(new Parsed(kind, text, value));
        return value;
    }

    /** The field's text, or null when it is empty or the mapping does not map it. */
    String text(String field) {
        FieldSpec spec = mapping.fields().get(field);
        return spec == null ? null : spec.text(row, lookups);
    }

    String requiredText(String field) {
        String text = text(field);
        if (text == null) throw new RowProblem(columnOf(field), field + " is required but empty");
        return text;
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
        if (ref == null) throw new RowProblem(columnOf(field), field + " is required but empty");
        return ref;
    }

    Instant instant(String field) {
        return (Instant) typed(field, Kind.INSTANT);
    }

    Instant requiredInstant(String field) {
        Instant instant = instant(field);
        if (instant == null) throw new RowProblem(columnOf(field), field + " is required but empty");
        return instant;
    }

    LocalDate date(String field) {
        return (LocalDate) typed(field, Kind.DATE);
    }

    /** An amount with the currency its text names, if any ({@code $24,000.00}, {@code 24000 USD}). */
    Amounts.Money money(String field) {
        return (Amounts.Money) typed(field, Kind.MONEY);
    }

    BigDecimal amount(String field) {
        Amounts.Money money = money(field);
        return money == null ? null : money.amount();
    }

    boolean bool(String field) {
        return Boolean.TRUE.equals(typed(field, Kind.BOOL));
    }

    /** Minutes, from a number (optionally divided, e.g. seconds by 60), an HH:mm:ss text, or two timestamps. */
    Integer minutes(String field) {
        FieldSpec spec = mapping.fields().get(field);
        if (spec == null) return null;
        if (spec.minutesBetween() != null) return minutesBetween(field, spec);
        String text = text(field);
        if (text == null) return null;
        BigDecimal minutes = (BigDecimal) typed(field, Kind.MINUTES);
        // divideBy converts a plain number (seconds, milliseconds); an H:mm:ss text is minutes already
        if (spec.divideBy() != null && !Values.isClockDuration(text)) minutes = minutes.divide(BigDecimal.valueOf(spec.divideBy()), 3, RoundingMode.HALF_UP);
        if (minutes.signum() < 0) throw new RowProblem(columnOf(field), "negative duration: " + text);
        // no activity lasts longer than a year; beyond an int the cell is not a duration at all
        if (minutes.compareTo(MAX_MINUTES) > 0) throw new RowProblem(columnOf(field), "duration longer than a year: " + text);
        return minutes.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, E fallback) {
        String text = text(field);
        if (text == null) return fallback;
        // looked up, not Enum.valueOf in a try: only an unknown value is the row's problem, anything else a bug
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) if (constant.name().equals(name)) return constant;
        throw new RowProblem(columnOf(field), "\"" + text + "\" is not one of "
                + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** The field's value as {@code kind}; null when empty. A malformed value is a problem naming its column. */
    private Object typed(String field, Kind kind) {
        String text = text(field);
        if (text == null) return null;
        try {
            return parse(kind, text);
        } catch (RowProblem problem) {
            throw new RowProblem(columnOf(field), problem.getMessage());
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
            return (Instant) parse(Kind.INSTANT, text);
        } catch (RowProblem problem) {
            throw new RowProblem(column, problem.getMessage());
        }
    }

    /** The column a problem with the field is in: read again, as it is wanted for a message only. */
    private String columnOf(String field) {
        FieldSpec spec = mapping.fields().get(field);
        String column = spec == null ? null : spec.read(row, lookups).column();
        if (column != null) return column;
        return spec == null || spec.columns().isEmpty() ? field : String.join("|", spec.columns());
    }
}
