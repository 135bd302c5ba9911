package dev.needle.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A deal entering {@code toStage} at {@code at}; {@code fromStage} is null for the first stage. */
public record StageChange(long id, long dealId, String fromStage, String toStage, Instant at) implements Serializable {
    public StageChange {
        Objects.requireNonNull(toStage, "toStage");
        Objects.requireNonNull(at, "at");
    }
}
