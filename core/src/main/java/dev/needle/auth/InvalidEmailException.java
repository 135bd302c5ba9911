package dev.needle.auth;

import dev.needle.domain.NeedleException;

/** A user's email is not an email address. */
public final class InvalidEmailException extends NeedleException {
    public InvalidEmailException(String message) {
        super(message);
    }
}
