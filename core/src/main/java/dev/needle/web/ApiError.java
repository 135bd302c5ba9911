package dev.needle.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * Every error the API answers with: the status again, a short name for it, a message a person can act
 * on, and where it applies the invalid fields or the rejected import rows. Never a stack trace.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(int status, String error, String message, Map<String, String> fields, List<Object> errors) {
    static ApiError of(int status, String message) {
        return new ApiError(status, reason(status), message, Map.of(), List.of());
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 408 -> "request timeout";
            case 409 -> "conflict";
            case 413 -> "content too large";
            case 414 -> "uri too long";
            case 415 -> "unsupported media type";
            case 422 -> "unprocessable content";
            case 431 -> "request header fields too large";
            case 503 -> "service unavailable";
            default -> status >= 500 ? "internal error" : "error";
        };
    }
}
