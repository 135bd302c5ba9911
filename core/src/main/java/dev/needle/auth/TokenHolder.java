package dev.needle.auth;

/** The user a live token belongs to, and the token's id: what a request acts as, and what the audit trail names. */
public record TokenHolder(User user, long tokenId) {
}
