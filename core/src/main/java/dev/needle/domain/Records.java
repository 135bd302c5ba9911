package dev.needle.domain;

final class Records {
    private Records() {
    }

    /** Every imported record is identified by its source system and its id there; that is what makes re-import idempotent. */
    static void requireKey(String source, String externalId) {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source is required");
        if (externalId == null || externalId.isBlank()) throw new IllegalArgumentException("externalId is required");
    }
}
