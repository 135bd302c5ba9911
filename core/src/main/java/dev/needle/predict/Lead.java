package dev.needle.predict;

import java.util.Map;

/**
 * A prospect as a lead export shows it: its attributes by column name (absent when not answered) and
 * whether it converted.
 */
public record Lead(String id, Map<String, String> attributes, boolean converted) {
    public Lead {
        attributes = Map.copyOf(attributes);
    }

    String get(String column) {
        return attributes.get(column);
    }
}
