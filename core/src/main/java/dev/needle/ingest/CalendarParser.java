package dev.needle.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Reads one rep's iCalendar file into expanded occurrences; refuses, with a NeedleException, what is not a calendar. */
public interface CalendarParser {

    Parsed parse(Path file, ZoneId repZone, Instant windowFrom, Instant windowTo);

    /** The occurrences, and notes on what was read leniently (e.g. an unknown TZID taken as the rep's zone). */
    record Parsed(List<Incoming.CalendarEvent> events, List<String> warnings) {
        public Parsed {
            events = List.copyOf(events);
            warnings = List.copyOf(warnings);
        }
    }
}
