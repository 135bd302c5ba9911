package dev.needle.auth;

import dev.needle.domain.NeedleException;

/** No live token has that id. */
public final class NoSuchTokenException extends NeedleException {
    public NoSuchTokenException(String message) {
        super(message);
    }
}
