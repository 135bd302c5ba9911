package dev.needle.plan;

import dev.needle.domain.CalendarEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The free spans of a working day: working hours minus lunch minus busy calendar events; none on a day away. */
final class FreeTime {
    record Span(Instant start, Instant end) {
        long minutes() {
            return java.time.Duration.between(start, end).toMinutes();
        }
    }

    private FreeTime() {
    }

    /**
     * Wall-clock hours are turned into instants in the rep's zone, so a DST change moves them
     * correctly; transparent (free) events do not take time, cancelled ones were never imported.
     * All-day events are dates, not hours: a busy one (out of office, a conference) is a day away with no
     * free time at all, a transparent one (a birthday, a holiday reminder) takes none.
     */
    static List<Span> of(PlanRequest request, List<CalendarEvent> events) {
        if (!request.workingDays().isWorkingDay(request.date())) return List.of();
        ZoneId zone = request.zone();
        if (away(request, events).isPresent()) return List.of();
        List<Span> free = new ArrayList<>();
        free.add(new Span(request.date().atTime(request.workStart()).atZone(zone).toInstant(),
                request.date().atTime(request.workEnd()).atZone(zone).toInstant()));
        free = minus(free, request.date().atTime(request.lunchStart()).atZone(zone).toInstant(),
                request.date().atTime(request.lunchEnd()).atZone(zone).toInstant());
        for (CalendarEvent event : events) {
            if (event.busy() && !event.allDay()) free = minus(free, event.start(), event.end());
        }
        return free;
    }

    /**
     * The event that keeps the rep away all of {@code request}'s working day: a busy all-day event (out of office, a
     * conference), or a busy timed one that covers all the working hours (Google Calendar's out-of-office events are
     * timed, midnight to midnight, and carry no other mark in an .ics export).
     */
    static java.util.Optional<CalendarEvent> away(PlanRequest request, List<CalendarEvent> events) {
        return away(request.date(), request.zone(), request.workStart(), request.workEnd(), events);
    }

    static java.util.Optional<CalendarEvent> away(java.time.LocalDate day, ZoneId zone, java.time.LocalTime workStart,
                                                  java.time.LocalTime workEnd, List<CalendarEvent> events) {
        Instant start = day.atTime(workStart).atZone(zone).toInstant();
        Instant end = day.atTime(workEnd).atZone(zone).toInstant();
        return events.stream().filter(event -> event.isAwayOn(day, zone)
                || event.busy() && !event.allDay() && !event.start().isAfter(start) && !event.end().isBefore(end)).findFirst();
    }

    /** "away all day: Vacation", or "away all day" for an event with no summary. */
    static String awayReason(CalendarEvent away) {
        return "away all day" + (away.summary() == null ? "" : ": " + away.summary());
    }

    private static List<Span> minus(List<Span> spans, Instant start, Instant end) {
        if (!end.isAfter(start)) return spans;
        List<Span> left = new ArrayList<>(spans.size() + 1);
        for (Span span : spans) {
            if (!end.isAfter(span.start()) || !start.isBefore(span.end())) {
                left.add(span);
                continue;
            }
            if (start.isAfter(span.start())) left.add(new Span(span.start(), start));
            if (end.isBefore(span.end())) left.add(new Span(end, span.end()));
        }
        return left;
    }
}
