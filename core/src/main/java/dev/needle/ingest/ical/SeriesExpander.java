package dev.needle.ingest.ical;

import dev.needle.ingest.Incoming.CalendarEvent;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a calendar's events into occurrences. Per UID: the series (the event without RECURRENCE-ID) gives its
 * DTSTART, every RRULE and every RDATE, less its EXDATEs; each override (same UID, with RECURRENCE-ID) replaces the
 * occurrence it names, or removes it when cancelled. Overrides whose series is not in the file stand on their own.
 * An occurrence is identified by its original start, so a moved instance keeps its id.
 */
final class SeriesExpander {
    private final Instant windowFrom;
    private final Instant windowTo;
    private final Warnings warnings;

    private record Occurrence(Instant identity, Moment start, Instant end, String summary, boolean busy) {
    }

    SeriesExpander(Instant windowFrom, Instant windowTo, Warnings warnings) {
        this.windowFrom = windowFrom;
        this.windowTo = windowTo;
        this.warnings = warnings;
    }

    /** Occurrences starting in the window, by start; for one UID and original start the last one read wins. */
    List<CalendarEvent> occurrences(List<EventComponent> events) {
        Map<String, List<EventComponent>> byUid = new LinkedHashMap<>();
        for (EventComponent event : events) byUid.computeIfAbsent(event.uid(), uid -> new ArrayList<>()).add(event);
        Map<String, CalendarEvent> byId = new LinkedHashMap<>();
        byUid.forEach((uid, group) -> {
            for (Occurrence occurrence : series(group)) {
                String id = uid + "/" + occurrence.identity();
                byId.put(id, new CalendarEvent(id, occurrence.start().instant(), occurrence.end(),
                        occurrence.start().allDay(), occurrence.busy(), occurrence.summary()));
            }
        });
        return byId.values().stream()
                .filter(event -> !event.start().isBefore(windowFrom) && event.start().isBefore(windowTo))
                .sorted(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid))
                .toList();
    }

    private List<Occurrence> series(List<EventComponent> group) {
        List<EventComponent> masters = group.stream().filter(event -> !event.isOverride())
                .sorted(Comparator.comparingLong(EventComponent::sequence)).toList();
        List<EventComponent> overrides = group.stream().filter(EventComponent::isOverride)
                .sorted(Comparator.comparingLong(EventComponent::sequence)).toList();
        List<Occurrence> occurrences = new ArrayList<>();
        if (masters.isEmpty()) {
            for (EventComponent orphan : overrides) {
                if (!orphan.cancelled()) occurrences.addAll(expand(orphan));
            }
            return occurrences;
        }
        // A cancelled series takes its overrides with it.
        if (masters.stream().allMatch(EventComponent::cancelled)) return occurrences;
        for (EventComponent master : masters) {
            if (!master.cancelled()) occurrences.addAll(expand(master));
        }
        EventComponent series = masters.get(masters.size() - 1);
        for (EventComponent override : overrides) {
            Moment original = override.recurrenceId().orElseThrow();
            Instant identity = identity(original, override.start());
            for (Iterator<Occurrence> it = occurrences.iterator(); it.hasNext(); ) {
                Occurrence occurrence = it.next();
                if (sameOccurrence(original, occurrence.start())) {
                    identity = occurrence.identity();
                    it.remove();
                }
            }
            if (override.cancelled()) continue;
            Length length = override.lengthGiven() ? override.length() : series.length();
            Moment start = override.start();
            occurrences.add(new Occurrence(identity, start, length.endOf(start.local(), start.zone()),
                    override.summary() != null ? override.summary() : series.summary(), override.busy()));
        }
        return occurrences;
    }

    /** DTSTART, each RRULE and RDATE, less the EXDATEs; rules are expanded only around the window. */
    private List<Occurrence> expand(EventComponent event) {
        Moment start = event.start();
        Map<Instant, Occurrence> byStart = new LinkedHashMap<>();
        // DTSTART is always the first occurrence (RFC 5545), even when the rule would not produce it.
        Instant identity = event.recurrenceId().map(original -> identity(original, start)).orElse(start.instant());
        byStart.put(start.instant(), occurrence(event, start, identity, endOf(event, start)));
        LocalDateTime from = start.zone().localOf(windowFrom).minusDays(2);
        LocalDateTime to = start.zone().localOf(windowTo).plusDays(2);
        for (RawProperty rrule : event.rrules()) {
            try {
                List<LocalDateTime> starts = Recurrences.expand(rrule.value(), start.local(), start.allDay(), start.zone(), from, to);
                if (starts.size() >= Recurrences.MAX_OCCURRENCES) {
                    warnings.add(rrule.line(), "RRULE gives over " + Recurrences.MAX_OCCURRENCES + " occurrences in the window; stopped there");
                }
                for (LocalDateTime local : starts) {
                    Moment next = start.at(local);
                    byStart.putIfAbsent(next.instant(), occurrence(event, next, next.instant(), endOf(event, next)));
                }
            } catch (RuntimeException unreadable) {
                warnings.add(rrule.line(), "RRULE '" + rrule.value() + "' unreadable (" + unreadable.getMessage() + "); the event counts once");
            }
        }
        for (EventComponent.ExtraDate rdate : event.rdates()) {
            Moment extra = rdate.start();
            byStart.putIfAbsent(extra.instant(), occurrence(event, extra, extra.instant(), rdate.end().orElseGet(() -> endOf(event, extra))));
        }
        byStart.values().removeIf(occurrence -> event.exdates().stream().anyMatch(exdate -> sameOccurrence(exdate, occurrence.start())));
        return new ArrayList<>(byStart.values());
    }

    private static Occurrence occurrence(EventComponent event, Moment start, Instant identity, Instant end) {
        return new Occurrence(identity, start, end, event.summary(), event.busy());
    }

    private static Instant endOf(EventComponent event, Moment start) {
        return event.length().endOf(start.local(), start.zone());
    }

    /**
     * Whether an EXDATE or RECURRENCE-ID names this occurrence: the same instant, or the same written day when one
     * is a DATE and the other a DATE-TIME (Google marks all-day instances with midnight UTC).
     */
    private static boolean sameOccurrence(Moment exception, Moment occurrence) {
        if (exception.allDay() == occurrence.allDay()) return exception.instant().equals(occurrence.instant());
        return exception.local().toLocalDate().equals(occurrence.local().toLocalDate());
    }

    /** The original start an override names, as an all-day series would have it when the series is all-day. */
    private static Instant identity(Moment original, Moment start) {
        if (start.allDay() && !original.allDay()) return start.zone().instantOf(original.local().toLocalDate().atStartOfDay());
        return original.instant();
    }
}
