package dev.needle.ingest.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Conditions on a row's cells, {@code {"IsClosed": ["0", "false"], "Stage": ["Won*", "!Lost"]}}: they hold when
 * every named column has one of its listed values (see {@link Rule} for what the values mean). The listed values are
 * trimmed and lower-cased once, when the conditions are made, not on every row they are tested on.
 */
final class Conditions {
    private final List<Column> columns;

    private Conditions(List<Column> columns) {
        this.columns = columns;
    }

    static Conditions of(Map<String, List<String>> conditions) {
        if (conditions == null || conditions.isEmpty()) throw new IllegalArgumentException("a rule needs an \"if\"");
        List<Column> columns = new ArrayList<>(conditions.size());
        conditions.forEach((column, wanted) -> columns.add(Column.of(column, wanted)));
        return new Conditions(List.copyOf(columns));
    }

    boolean holdFor(SourceRow row) {
        for (Column column : columns) {
            String cell = row.cell(column.name());
            if (!column.holdsFor(cell == null ? "" : cell.trim().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /**
     * One column's wanted values: a value it may have ({@code ""} for empty), one it may start with ({@code x*}), any
     * non-empty one ({@code *}), or one it must not have ({@code !x}, which holds when no other value is listed).
     */
    private record Column(String name, List<String> values, List<String> prefixes, boolean anyValue,
                          List<String> notValues) {
        static Column of(String name, List<String> wanted) {
            List<String> values = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            List<String> notValues = new ArrayList<>();
            boolean anyValue = false;
            for (String entry : wanted) {
                String value = entry.trim().toLowerCase(Locale.ROOT);
                if (value.startsWith("!")) notValues.add(value.substring(1));
                else if (value.equals("*")) anyValue = true;
                else if (value.endsWith("*")) prefixes.add(value.substring(0, value.length() - 1));
                else values.add(value);
            }
            return new Column(name, List.copyOf(values), List.copyOf(prefixes), anyValue, List.copyOf(notValues));
        }

        /** @param value the cell, trimmed and lower-cased; empty when blank or missing */
        boolean holdsFor(String value) {
            if (anyValue && !value.isEmpty()) return true;
            for (String wanted : values) if (wanted.equals(value)) return true;
            for (String prefix : prefixes) if (value.startsWith(prefix)) return true;
            if (notValues.isEmpty()) return false;
            for (String unwanted : notValues) if (unwanted.equals(value)) return false;
            return true;
        }
    }
}
