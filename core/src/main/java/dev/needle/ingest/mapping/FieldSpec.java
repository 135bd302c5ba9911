package dev.needle.ingest.mapping;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one Needle field is read from a source row. A plain string in a mapping file names a column;
 * an object can take the first non-empty of several columns, join columns, translate values, apply
 * rules, keep only ids with a given prefix (Salesforce's polymorphic WhatId), fall back to a lookup
 * in another file, compute minutes between two timestamps, or apply only when a condition holds
 * ({@code "onlyIf": {"IsClosed": ["1", "true"]}}). A {@code listSeparator} takes the first non-blank
 * element of a cell listing several values ({@code "a@x.com, b@x.com"}); {@code elseError} refuses a row
 * no rule holds for, with a message in which {@code {Column}} stands for that column's cell.
 */
public record FieldSpec(String column, List<String> firstOf, List<String> concat, String separator,
                        @JsonProperty("const") String constant, Map<String, String> values, String prefix,
                        @JsonProperty("default") String defaultValue, Double divideBy, List<Rule> rules,
                        @JsonProperty("else") String elseValue, List<String> emptyValues, LookupRef orLookup,
                        List<String> minutesBetween,
                        Map<String, List<String>> onlyIf, String listSeparator, String elseError) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FieldSpec ofColumn(String column) {
        return new FieldSpec(column, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** {@code {"lookup": "price", "column": "product"}}: the named lookup's value for this row's cell. */
    public record LookupRef(String lookup, String column) {
    }

    /** The columns this field reads, for messages and for checking a mapping against a header. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        if (column != null) columns.add(column);
        if (firstOf != null) columns.addAll(firstOf);
        if (concat != null) columns.addAll(concat);
        if (minutesBetween != null) columns.addAll(minutesBetween);
        if (rules != null) rules.forEach(rule -> columns.addAll(rule.conditions().keySet()));
        return columns;
    }

    /** Reads the raw text of this field from a row (before typing); null when empty. */
    Cell read(SourceRow row, Lookups lookups) {
        if (onlyIf != null && !Conditions.of(onlyIf).holdFor(row)) return new Cell(null, null);
        if (constant != null) return new Cell(constant, null);
        if (rules != null) return new Cell(ruleValue(row), String.join("+", columns()));
        Cell cell = rawCell(row);
        if (isEmpty(cell.text()) && orLookup != null) {
            String key = row.cell(orLookup.column());
            cell = new Cell(lookups.find(orLookup.lookup(), key), orLookup.column());
        }
        String text = isEmpty(cell.text()) ? null : firstOfList(cell.text().trim());
        if (text != null && values != null) text = translate(text);
        if (text == null) text = defaultValue;
        return new Cell(text, cell.column());
    }

    /**
     * The text {@link #read} gives, without the column it came from, which only a message needs: a field read from
     * one column or the first filled of several (nearly every field) is read here without making a cell.
     */
    String text(SourceRow row, Lookups lookups) {
        boolean plain = onlyIf == null && constant == null && rules == null && orLookup == null
                && (column != null || firstOf != null && concat == null);
        if (!plain) return read(row, lookups).text();
        String raw = column != null ? row.cell(column) : firstFilled(row);
        String text = isEmpty(raw) ? null : firstOfList(raw.trim());
        if (text != null && values != null) text = translate(text);
        return text == null ? defaultValue : text;
    }

    private String firstFilled(SourceRow row) {
        for (String candidate : firstOf) {
            String cell = row.cell(candidate);
            if (!isEmpty(cell)) return cell;
        }
        return null;
    }

    /**
     * Every non-empty source cell this field could take its value from on this row — all of a
     * {@code firstOf}'s columns, not just the first filled one — so that a malformed value in any
     * mapped column is found even when another column would have been used.
     */
    List<Cell> candidateCells(SourceRow row) {
        if (onlyIf != null && !Conditions.of(onlyIf).holdFor(row)) return List.of();
        if (constant != null || rules != null || concat != null || values != null) return List.of();
        if (column != null) {
            Cell cell = candidateCell(row, column);
            return cell == null ? List.of() : List.of(cell);
        }
        if (firstOf == null) return List.of();
        List<Cell> cells = new ArrayList<>(firstOf.size());
        for (int i = 0; i < firstOf.size(); i++) {
            Cell cell = candidateCell(row, firstOf.get(i));
            if (cell != null) cells.add(cell);
        }
        return cells;
    }

    private Cell candidateCell(SourceRow row, String candidate) {
        String cell = row.cell(candidate);
        String text = isEmpty(cell) ? null : firstOfList(cell.trim());
        return text == null ? null : new Cell(text, candidate);
    }

    private Cell rawCell(SourceRow row) {
        if (column != null) return new Cell(row.cell(column), column);
        if (firstOf != null) {
            for (String candidate : firstOf) {
                String cell = row.cell(candidate);
                if (!isEmpty(cell)) return new Cell(cell, candidate);
            }
            // with concat too, the join stands in when none of firstOf is filled (Name, else FirstName LastName)
            if (concat == null) return new Cell(null, String.join("|", firstOf));
            Cell joined = joined(row);
            return joined.text().isEmpty() ? new Cell(null, String.join("|", firstOf) + "|" + joined.column()) : joined;
        }
        if (concat != null) return joined(row);
        return new Cell(null, null);
    }

    private Cell joined(SourceRow row) {
        List<String> parts = new ArrayList<>();
        for (String part : concat) {
            String cell = row.cell(part);
            if (cell != null && !cell.isBlank()) parts.add(cell.trim());
        }
        return new Cell(String.join(separator == null ? " " : separator, parts), String.join("+", concat));
    }

    private String ruleValue(SourceRow row) {
        for (Rule rule : rules) if (rule.holds(row)) return rule.then();
        if (elseError != null) refuse(row);
        return elseValue;
    }

    /** No rule holds and the mapping says that is an error: the row is refused, its cells quoted in the message. */
    private void refuse(SourceRow row) {
        Matcher placeholder = PLACEHOLDER.matcher(elseError);
        StringBuilder message = new StringBuilder();
        String column = null;
        while (placeholder.find()) {
            if (column == null) column = placeholder.group(1);
            String cell = row.cell(placeholder.group(1));
            placeholder.appendReplacement(message, Matcher.quoteReplacement(cell == null ? "" : cell.trim()));
        }
        placeholder.appendTail(message);
        throw new RowProblem(column != null ? column : String.join("+", columns()), message.toString());
    }

    /** The first non-blank element of a cell that lists several values, when the field has a separator. */
    private String firstOfList(String text) {
        if (listSeparator == null || listSeparator.isEmpty() || !text.contains(listSeparator)) return text;
        for (String part : text.split(Pattern.quote(listSeparator))) {
            if (!part.isBlank()) return part.trim();
        }
        return null;
    }

    private String translate(String text) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(text)) return entry.getValue();
        }
        return values.getOrDefault("*", text);
    }

    private boolean isEmpty(String text) {
        if (text == null || text.isBlank()) return true;
        return emptyValues != null && emptyValues.stream().anyMatch(e -> e.equalsIgnoreCase(text.trim()));
    }

    /** A field's text together with the column it came from, so errors can name the column. */
    record Cell(String text, String column) {
        String lower() {
            return text == null ? null : text.toLowerCase(Locale.ROOT);
        }
    }
}
