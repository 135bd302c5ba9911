package dev.needle.feed;

import java.time.Instant;

/**
 * A subscribable calendar of one rep's plan, as listed: never its secret, which only its creator saw
 * once. {@code days}: how many working days from today it shows. {@code createdBy}: the email of the
 * user who made it over the API, or null when made on the command line.
 */
public record Feed(long id, long repId, int days, String createdBy, Instant createdAt, Instant revokedAt) {
    public boolean revoked() {
        return revokedAt != null;
    }
}
