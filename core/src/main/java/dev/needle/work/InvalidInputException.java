package dev.needle.work;

import dev.needle.domain.NeedleException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a rep entered cannot be stored as it is: each field named with what is wrong with it. */
public final class InvalidInputException extends NeedleException {
    private final Map<String, String> fields;

    public InvalidInputException(Map<String, String> fields) {
        super("these fields need attention: " + String.join(", ", fields.keySet()));
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** Throws when {@code problems} holds any; fields keep the order they were checked in. */
    static void check(Map<String, String> problems) {
        if (!problems.isEmpty()) throw new InvalidInputException(new LinkedHashMap<>(problems));
    }
}
