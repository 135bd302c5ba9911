package dev.needle.app;

import dev.needle.domain.NeedleException;
import dev.needle.ingest.CalendarParser;

/** Connects the import to the iCalendar reader. */
final class Calendars {
    private Calendars() {
    }

    // replaced by the ical4j-based reader once it lands
    static final CalendarParser PARSER = (file, zone, from, to) -> {
        throw new NeedleException(file + ": calendar import is not available in this build");
    };
}
