package dev.needle.app;

import dev.needle.ingest.CalendarParser;
import dev.needle.ingest.ical.CalendarRead;
import dev.needle.ingest.ical.CalendarReader;

/** Connects the import to the iCalendar reader. */
final class Calendars {
    private Calendars() {
    }

    static final CalendarParser PARSER = (file, zone, from, to) -> {
        CalendarRead read = new CalendarReader(zone, from, to).read(file);
        return new CalendarParser.Parsed(read.events(), read.warnings());
    };
}
