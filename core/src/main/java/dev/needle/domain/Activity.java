package dev.needle.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Something a rep did. {@code type} keeps the source system's name; {@code durationRecorded} is
 * false when the source recorded no duration and the catalogue default was used.
 * {@code valueForBuyer} is what the buyer got from the touch; blank means an empty touch.
 * {@code leadId} names the prospect when the touch was on a lead; once the lead converted, the
 * activity also carries the account (and contact) it became, so {@code accountId} alone says where
 * a touch counts.
 */
public record Activity(long id, String source, String externalId, long repId, String type, Instant start,
                       int durationMinutes, boolean durationRecorded, Long dealId, Long accountId,
                       Long contactId, Long leadId, Direction direction, String outcome, String valueForBuyer,
                       String buyerNextStep, String subject, String notes) implements Serializable {
    public Activity {
        Records.requireKey(source, externalId);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        if (durationMinutes < 0) throw new IllegalArgumentException("negative duration: " + durationMinutes);
    }

    public Instant end() {
        return start.plusSeconds(durationMinutes * 60L);
    }
}
