package dev.needle.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A follow-up promised to a client (seed 002: keeping follow-up commitments is high-value work). */
public record Commitment(long id, String source, String externalId, long repId, Long dealId, Long accountId,
                         String what, LocalDate due, boolean done) {
    public Commitment {
        Records.requireKey(source, externalId);
        Objects.requireNonNull(what, "what");
    }
}
