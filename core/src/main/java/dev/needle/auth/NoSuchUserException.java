package dev.needle.auth;

import dev.needle.domain.NeedleException;

/** No user (and no rep) has that email. */
public final class NoSuchUserException extends NeedleException {
    public NoSuchUserException(String message) {
        super(message);
    }
}
