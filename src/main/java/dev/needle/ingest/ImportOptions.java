package dev.needle.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * @param skipBad      store the good rows and report the bad ones, instead of storing nothing
 * @param calendarRep  whose calendar the .ics files are (id, external id or email); when null, a
 *                     calendar file named after a rep's email or id is that rep's
 * @param calendarFrom recurring events are expanded from here…
 * @param calendarTo   …to here
 */
public record ImportOptions(boolean skipBad, String calendarRep, Instant calendarFrom, Instant calendarTo) {
    public ImportOptions {
        Objects.requireNonNull(calendarFrom, "calendarFrom");
        Objects.requireNonNull(calendarTo, "calendarTo");
        if (!calendarTo.isAfter(calendarFrom)) throw new IllegalArgumentException("the calendar window is empty");
    }
}
