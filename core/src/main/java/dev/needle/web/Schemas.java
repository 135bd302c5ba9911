package dev.needle.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Schema fragments for what the route table declares by hand: query parameters, request bodies, and the
 * domain records answered as stored ({@link DomainSchemas}); answers are documents whose schemas
 * {@link DocumentSchemas} generates (OpenAPI 3.1 uses JSON Schema 2020-12).
 */
final class Schemas {
    private Schemas() {
    }

    static Map<String, Object> string() {
        return Map.of("type", "string");
    }

    static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }

    static Map<String, Object> nullableString() {
        return Map.of("type", List.of("string", "null"));
    }

    static Map<String, Object> integer() {
        return Map.of("type", "integer", "format", "int64");
    }

    static Map<String, Object> nullableInteger() {
        return Map.of("type", List.of("integer", "null"), "format", "int64");
    }

    static Map<String, Object> bool() {
        return Map.of("type", "boolean");
    }

    static Map<String, Object> date() {
        return Map.of("type", "string", "format", "date");
    }

    static Map<String, Object> dateTime() {
        return Map.of("type", "string", "format", "date-time");
    }

    /** {@code schema}, or null: a field the answer always has but that is sometimes empty (JSON null). */
    static Map<String, Object> nullable(Map<String, Object> schema) {
        Map<String, Object> nullable = new LinkedHashMap<>(schema);
        nullable.put("type", List.of(schema.get("type"), "null"));
        if (schema.get("enum") instanceof List<?> values) {
            List<Object> orNull = new ArrayList<>(values);
            orNull.add(null);
            nullable.put("enum", orNull);
        }
        return nullable;
    }

    static Map<String, Object> enumOf(List<String> values) {
        return Map.of("type", "string", "enum", values);
    }

    static Map<String, Object> array(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }

    /** An object without a fixed shape (documents as the CLI's --json prints them). */
    static Map<String, Object> object() {
        return Map.of("type", "object");
    }

    /** An object with these properties (name, schema, name, schema, …); names starting with * are required. */
    static Map<String, Object> object(Object... namesAndSchemas) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            String name = (String) namesAndSchemas[i];
            if (name.startsWith("*")) {
                name = name.substring(1);
                required.add(name);
            }
            properties.put(name, namesAndSchemas[i + 1]);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) schema.put("required", required);
        return schema;
    }
}
