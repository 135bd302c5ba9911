package dev.needle.web;

import dev.needle.domain.NeedleException;

import java.util.List;
import java.util.Map;

/**
 * A request the API refuses, with the HTTP status that says why. {@code fields} names each invalid
 * field of the body and what is wrong with it (422).
 */
public class ApiException extends NeedleException {
    private final int status;
    private final Map<String, String> fields;
    private final List<Object> errors;

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiException(int status, String message, Map<String, String> fields) {
        this(status, message, fields, List.of());
    }

    /** With {@code errors}: the rejected rows of an import, each with file, line, column and reason. */
    public ApiException(int status, String message, Map<String, String> fields, List<Object> errors) {
        super(message);
        this.status = status;
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        this.errors = List.copyOf(errors);
    }

    public List<Object> errors() {
        return errors;
    }

    public int status() {
        return status;
    }

    public Map<String, String> fields() {
        return fields;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
