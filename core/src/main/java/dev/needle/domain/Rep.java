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

    /** Team names are matched ignoring case, as users type them: the one rule every selection by team uses. */
    public boolean inTeam(String name) {
        return name != null && name.equalsIgnoreCase(team);
    }
}
