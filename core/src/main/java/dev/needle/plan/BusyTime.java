package dev.needle.plan;

import dev.needle.domain.CalendarEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Busy timed events that overlap or touch, as one busy span each: a day is planned around when the rep is
 * busy, not around how many events say so. A runaway recurrence (an unbounded FREQ=SECONDLY rule, cut at
 * 20,000 occurrences on import) is then one span to plan around and print, not 20,000 meetings.
 * All-day and transparent events pass through unchanged: they are dates and free time, not busy hours.
 */
final class BusyTime {
    /** How many different summaries a merged span names before "…". */
    private static final int NAMED = 3;

    private BusyTime() {
    }

    /** The events with busy timed ones merged; a span of one event is that event itself. */
    static List<CalendarEvent> merged(List<CalendarEvent> events) {
        List<CalendarEvent> result = new ArrayList<>();
        for (CalendarEvent event : events) if (!isBusyTime(event)) result.add(event);
        for (List<CalendarEvent> span : spans(events)) result.add(span.size() == 1 ? span.get(0) : span(span));
        return result;
    }

    /** The busy timed events in time order, grouped into spans of events that overlap or touch. */
    static List<List<CalendarEvent>> spans(List<CalendarEvent> events) {
        List<CalendarEvent> timed = new ArrayList<>();
        for (CalendarEvent event : events) if (isBusyTime(event)) timed.add(event);
        timed.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::end));
        List<List<CalendarEvent>> spans = new ArrayList<>();
        for (int first = 0; first < timed.size(); ) {
            int last = lastOfSpan(timed, first);
            spans.add(timed.subList(first, last + 1));
            first = last + 1;
        }
        return spans;
    }

    private static boolean isBusyTime(CalendarEvent event) {
        return event.busy() && !event.allDay();
    }

    /** The index of the last event of the span starting at {@code first}: each next one starts before the span ends, or as it ends. */
    private static int lastOfSpan(List<CalendarEvent> sorted, int first) {
        Instant end = sorted.get(first).end();
        int last = first;
        while (last + 1 < sorted.size() && !sorted.get(last + 1).start().isAfter(end)) {
            last++;
            if (sorted.get(last).end().isAfter(end)) end = sorted.get(last).end();
        }
        return last;
    }

    /** One busy event standing for several: the first one's identity, their whole time, a summary saying how many. */
    private static CalendarEvent span(List<CalendarEvent> events) {
        CalendarEvent first = events.get(0);
        Instant end = events.stream().map(CalendarEvent::end).max(Instant::compareTo).orElseThrow();
        return new CalendarEvent(first.id(), first.repId(), first.calendar(), first.uid(), first.start(), end,
                false, true, label(events));
    }

    /** "Sync (20,000 events)", "Demo / Pricing call (2 events)": the different summaries, then the count. */
    static String label(List<CalendarEvent> events) {
        Set<String> names = new LinkedHashSet<>();
        for (CalendarEvent event : events) {
            if (event.summary() != null && !event.summary().isBlank()) names.add(event.summary().strip());
            if (names.size() > NAMED) break;
        }
        String named = names.isEmpty() ? "Meeting" : String.join(" / ", names.stream().limit(NAMED).toList())
                + (names.size() > NAMED ? " / …" : "");
        return named + String.format(Locale.ROOT, " (%,d events)", events.size());
    }
}
