package dev.needle.ingest.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * A time zone as the rules that turn wall-clock time into instants, and the name it was found under.
 * Rules rather than a {@link ZoneId} because a VTIMEZONE block defines rules without a registered id.
 */
record Zone(String name, ZoneRules rules) {
    static final Zone UTC = of(ZoneOffset.UTC);

    static Zone of(ZoneId zoneId) {
        return new Zone(zoneId.getId(), zoneId.getRules());
    }

    /** As {@link java.time.ZonedDateTime#of}: a time in a spring-forward gap moves forward, an ambiguous one takes the earlier offset. */
    Instant instantOf(LocalDateTime local) {
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (!offsets.isEmpty()) return local.toInstant(offsets.get(0));
        ZoneOffsetTransition gap = rules.getTransition(local);
        return local.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
    }

    LocalDateTime localOf(Instant instant) {
        return LocalDateTime.ofInstant(instant, rules.getOffset(instant));
    }
}
