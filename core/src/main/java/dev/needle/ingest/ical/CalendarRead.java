package dev.needle.ingest.ical;

import dev.needle.ingest.Incoming;

import java.util.List;

/**
 * What one calendar file gave: its occurrences, sorted by start, and what the reader had to guess on the way
 * (an unknown time zone read in the rep's zone, a repaired value, an ignored rule), each naming the file and line.
 */
public record CalendarRead(List<Incoming.CalendarEvent> events, List<String> warnings) {
    public CalendarRead {
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
