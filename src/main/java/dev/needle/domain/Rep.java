package dev.needle.domain;

import java.math.BigDecimal;

/** A sales rep (or manager). {@code managerId} and ids are Needle's own; externalId is the source system's. */
public record Rep(long id, String source, String externalId, String name, String email, String team,
                  Long managerId, String timeZone, BigDecimal quota) {
    public Rep {
        Records.requireKey(source, externalId);
    }
}
