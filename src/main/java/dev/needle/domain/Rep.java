package dev.needle.domain;

import java.math.BigDecimal;

/** A sales rep (or manager). {@code managerId} and ids are Needle's own; externalId is the source system's. */
public record Rep(long id, String source, String externalId, String name, String email, String team,
                  Long managerId, String timeZone, BigDecimal quota) {
    public Rep {
        Records.requireKey(source, externalId);
    }

    /** Team names are matched ignoring case, as users type them: the one rule every selection by team uses. */
    public boolean inTeam(String name) {
        return name != null && name.equalsIgnoreCase(team);
    }
}
