package dev.needle.auth;

import java.util.Objects;

/**
 * Someone who may use the API. {@code roleSetting} is null unless set with {@code needle user set}: then
 * the role follows the reporting lines (see {@link Principal}). {@code repId} links the user to the
 * rep with the same email, if any.
 */
public record User(long id, String email, String name, Role roleSetting, Long repId) {
    public User {
        Objects.requireNonNull(email, "email");
    }
}
