package dev.needle.auth;

import java.util.Locale;

/** What a user may see and change: a rep their own deals, a manager their team's, an admin everything. */
public enum Role {
    REP, MANAGER, ADMIN;

    /** {@code rep}, {@code manager} or {@code admin}, in any case. */
    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("role must be rep, manager or admin, got \"" + text + "\"");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
