package dev.needle.web;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A calendar feed as {@code /api/feeds} shows it: whose plan, how many days, who made it and when, and
 * when it was revoked (null while it answers). Never its secret.
 */
public record FeedDocument(long id, Rep rep, int days, @Nullable String createdBy, Instant createdAt,
                           @Nullable Instant revokedAt) {

    /** The rep whose plan the feed shows; name and email null when the rep is no longer known. */
    public record Rep(long id, @Nullable String name, @Nullable String email) {
    }
}
