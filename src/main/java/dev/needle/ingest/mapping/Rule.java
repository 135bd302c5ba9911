package dev.needle.ingest.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code {"if": {"IsWon": ["1", "true"]}, "then": "WON"}}: holds when every named column has one of
 * the listed values (case-insensitive; {@code ""} matches an empty cell, {@code "*"} any non-empty one,
 * {@code "!x"} any value but x, {@code "x*"} any value starting with x).
 */
public record Rule(@JsonProperty("if") Map<String, List<String>> conditions, String then) {
    public Rule {
        if (conditions == null || conditions.isEmpty()) throw new IllegalArgumentException("a rule needs an \"if\"");
        if (then == null) throw new IllegalArgumentException("a rule needs a \"then\"");
        conditions = Map.copyOf(conditions);
    }

    boolean holds(SourceRow row) {
        for (Map.Entry<String, List<String>> condition : conditions.entrySet()) {
            String cell = row.cell(condition.getKey());
            String value = cell == null ? "" : cell.trim().toLowerCase(Locale.ROOT);
            if (!matches(condition.getValue(), value)) return false;
        }
        return true;
    }

    private static boolean matches(List<String> wanted, String value) {
        boolean anyNegation = false;
        boolean negationsHold = true;
        for (String entry : wanted) {
            String w = entry.trim().toLowerCase(Locale.ROOT);
            if (w.startsWith("!")) {
                anyNegation = true;
                if (w.substring(1).equals(value)) negationsHold = false;
            } else if (w.equals("*") ? !value.isEmpty()
                    : w.endsWith("*") ? value.startsWith(w.substring(0, w.length() - 1)) : w.equals(value)) {
                return true;
            }
        }
        return anyNegation && negationsHold;
    }
}
