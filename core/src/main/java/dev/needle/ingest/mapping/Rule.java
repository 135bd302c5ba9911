package dev.needle.ingest.mapping;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
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
        return Conditions.of(conditions).holdFor(row);
    }
}
