package dev.needle.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record a write touched: created with these values, or updated from {@code before} to
 * {@code after}, both holding only the fields that changed (so the trail stays compact).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordChange(String type, long id, Map<String, Object> created, Map<String, Object> before, Map<String, Object> after) {

    public static RecordChange created(String type, long id, Map<String, Object> values) {
        return new RecordChange(type, id, values, null, null);
    }

    public static RecordChange updated(String type, long id, Map<String, Object> was, Map<String, Object> is) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        for (String field : is.keySet()) {
            if (Objects.equals(was.get(field), is.get(field))) continue;
            before.put(field, was.get(field));
            after.put(field, is.get(field));
        }
        return new RecordChange(type, id, null, before, after);
    }

    /** How the trail lists the record: {@code activity 12}. */
    public String name() {
        return type + " " + id;
    }
}
