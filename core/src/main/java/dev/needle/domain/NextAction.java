package dev.needle.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The very next action on a deal (seed 003): what, when, what the buyer gets from it, and which
 * step the buyer should take as a result.
 */
public record NextAction(long id, String source, String externalId, long dealId, Long repId, String what,
                         LocalDate due, String valueForBuyer, String buyerNextStep, Status status) implements Serializable {
    public enum Status { OPEN, DONE }

    public NextAction {
        Records.requireKey(source, externalId);
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(status, "status");
    }
}
