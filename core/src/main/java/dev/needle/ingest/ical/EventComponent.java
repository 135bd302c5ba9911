package dev.needle.ingest.ical;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One VEVENT reduced to what a rep's day needs. {@code length} applies to every occurrence that has no end of
 * its own; {@code lengthGiven} is false when the event had neither DTEND nor DURATION (an override then keeps
 * the series' length).
 */
record EventComponent(String uid, String summary, boolean busy, boolean cancelled, long sequence,
                      Moment start, Length length, boolean lengthGiven, List<RawProperty> rrules,
                      List<ExtraDate> rdates, List<Moment> exdates, Optional<Moment> recurrenceId) {

    /** An RDATE: a start, and an end when it was written as a PERIOD. */
    record ExtraDate(Moment start, Optional<Instant> end) {
    }

    boolean isOverride() {
        return recurrenceId.isPresent();
    }
}
