package dev.needle.auth;

import java.time.Instant;

/** An API token as listed: never the token itself, which only its creator saw once. */
public record Token(long id, long userId, String email, String label, Instant createdAt, Instant revokedAt) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
