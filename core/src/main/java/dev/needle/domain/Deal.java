package dev.needle.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** An opportunity. {@code leadSource} is where it came from (Salesforce LeadSource), not the source system. */
public record Deal(long id, String source, String externalId, Long accountId, Long ownerId, String name,
                   BigDecimal amount, String currency, String stage, String leadSource, String product,
                   Instant createdAt, LocalDate expectedClose, LocalDate closedAt, Outcome outcome) implements Serializable {
    public Deal {
        Records.requireKey(source, externalId);
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean isOpen() {
        return outcome == Outcome.OPEN;
    }
}
