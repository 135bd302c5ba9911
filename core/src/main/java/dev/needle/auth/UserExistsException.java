package dev.needle.auth;

import dev.needle.domain.NeedleException;

/** A user with that email exists already. */
public final class UserExistsException extends NeedleException {
    public UserExistsException(String message) {
        super(message);
    }
}
