package dev.needle.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a feed last served for one event UID: the hash of its content (start, end, summary,
 * description), its SEQUENCE and LAST-MODIFIED. {@code day}: the planned day the event is on, so that
 * states of days gone by can be let go.
 */
public record EventState(String uid, LocalDate day, String contentHash, int sequence, Instant lastModified) {
    public EventState {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
