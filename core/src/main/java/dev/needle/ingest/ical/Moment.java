package dev.needle.ingest.ical;

import java.time.Instant;
import java.time.LocalDateTime;

/** A wall-clock time with the zone it is read in; all-day dates are midnight in the rep's zone. */
record Moment(LocalDateTime local, Zone zone, boolean allDay) {
    Instant instant() {
        return zone.instantOf(local);
    }

    Moment at(LocalDateTime otherLocal) {
        return new Moment(otherLocal, zone, allDay);
    }
}
