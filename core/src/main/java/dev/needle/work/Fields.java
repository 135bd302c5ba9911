package dev.needle.work;

import java.util.Map;

/** The checks the entries share, each adding "field → what is wrong" to a map. */
final class Fields {
    static final int MAX_TEXT = 4000;

    private Fields() {
    }

    static void required(Map<String, String> problems, String field, String value, String why) {
        if (value == null || value.isBlank()) problems.put(field, "required: " + why);
        else limited(problems, field, value);
    }

    static void required(Map<String, String> problems, String field, Object value, String why) {
        if (value == null) problems.put(field, "required: " + why);
    }

    static void limited(Map<String, String> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) problems.put(field, "at most " + MAX_TEXT + " characters");
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
