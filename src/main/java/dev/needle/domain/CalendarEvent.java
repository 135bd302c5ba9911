package dev.needle.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One occurrence of an event on a rep's real calendar, recurrences already expanded.
 * {@code busy} is false for transparent (free) events, which plans may overlap.
 */
public record CalendarEvent(long id, long repId, String calendar, String uid, Instant start, Instant end,
                            boolean allDay, boolean busy, String summary) {
    public CalendarEvent {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) throw new IllegalArgumentException("event ends before it starts: " + uid);
    }
}
