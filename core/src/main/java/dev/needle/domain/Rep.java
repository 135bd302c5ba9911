package dev.needle.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/** A sales rep (or manager). {@code managerId} and ids are Needle's own; externalId is the source system's. */
public record Rep(long id, String source, String externalId, String name, String email, String team,
                  Long managerId, String timeZone, BigDecimal quota) implements Serializable {
    public Rep {
        Records.requireKey(source, externalId);
    }

    /**
     * The rep's time zone as the source recorded it (an id such as {@code Europe/Paris}, or an offset),
     * if it names one Java knows; empty when it recorded none, or one that is not a zone.
     */
    public Optional<ZoneId> knownZone() {
        return knownZone(timeZone);
    }

    /** The zone {@code timeZone} names, as {@link #knownZone()} reads a rep's; for a rep known only by id and zone. */
    public static Optional<ZoneId> knownZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) return Optional.empty();
        try {
            return Optional.of(ZoneId.of(timeZone.trim()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The rep's time zone, or UTC when {@link #knownZone()} has none: what the analyses count days in. */
    public ZoneId zone() {
        return knownZone().orElse(ZoneOffset.UTC);
    }

    /**
     * Why {@link #zone()} falls back on UTC, to say beside anything shown in it; empty when the zone is the rep's own.
     * Silence would show a rep in Tokyo a working day that starts at 17:30.
     */
    public Optional<String> zoneNote() {
        return zoneNote(timeZone);
    }

    /** As {@link #zoneNote()}, for a rep known only by the zone the source recorded. */
    public static Optional<String> zoneNote(String timeZone) {
        if (knownZone(timeZone).isPresent()) return Optional.empty();
        if (timeZone == null || timeZone.isBlank()) return Optional.of("no time zone on record for this rep; times are in UTC");
        return Optional.of("the rep's time zone \"" + timeZone.trim() + "\" is not one Needle knows; times are in UTC");
    }

    /** Whether a user naming a rep by {@code key} means this one: Needle's id, the source's id, or the email in any case. */
    public boolean answersTo(String key) {
        return String.valueOf(id).equals(key) || key.equals(externalId) || email != null && key.equalsIgnoreCase(email);
    }

    /** Team names are matched ignoring case and spaces around, as users type them: the one rule every selection by team uses. */
    public boolean inTeam(String name) {
        return name != null && team != null && name.trim().equalsIgnoreCase(team.trim());
    }
}
