package dev.needle.web;

import dev.needle.auth.Principal;
import dev.needle.auth.Role;

/**
 * Who may call a route at all. What a caller then reads or writes is further limited to the reps
 * their {@link dev.needle.auth.Visibility} covers.
 */
public enum Access {
    /** No token needed: the OpenAPI document. */
    PUBLIC("no token"),
    /** Any valid token; data limited to the caller's visibility. */
    ANY_USER("rep, manager, admin"),
    /** Managers and admins; reps get 403. */
    MANAGER("manager, admin"),
    /** Admins only; others get 403. */
    ADMIN("admin");

    private final String roles;

    Access(String roles) {
        this.roles = roles;
    }

    public boolean allows(Principal principal) {
        return switch (this) {
            case PUBLIC, ANY_USER -> true;
            case MANAGER -> principal.role() != Role.REP;
            case ADMIN -> principal.role() == Role.ADMIN;
        };
    }

    /** The roles allowed, as the OpenAPI document states them. */
    public String roles() {
        return roles;
    }
}
