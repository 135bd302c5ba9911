package dev.needle.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One occurrence of an event on a rep's real calendar, recurrences already expanded.
 * {@code busy} is false for transparent (free) events, which plans may overlap.
 *
 * <p>An {@code allDay} event (a VALUE=DATE event: a conference, out of office, a birthday) is a run of dates, not
 * hours: it is never a 24- or 48-hour meeting. It is stored from midnight to midnight in the rep's zone at import;
 * {@link #firstDay} and {@link #days} read the dates back.
 */
public record CalendarEvent(long id, long repId, String calendar, String uid, Instant start, Instant end,
                            boolean allDay, boolean busy, String summary) {
    private static final Duration HALF_A_DAY = Duration.ofHours(12);

    public CalendarEvent {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) throw new IllegalArgumentException("event ends before it starts: " + uid);
    }

    /**
     * The first date of an all-day event in {@code zone}: the date of the midnight nearest its start, so the dates
     * stay the ones the calendar wrote even when the zone is not the one it was imported in (a rep whose zone was
     * set after the import): midnight in UTC is 19:00 the evening before in New York, and still the same date.
     */
    public LocalDate firstDay(ZoneId zone) {
        return start.plus(HALF_A_DAY).atZone(zone).toLocalDate();
    }

    /** How many dates an all-day event covers, at least one; a day of 23 or 25 hours (a DST change) is one day. */
    public long days() {
        return Math.max(1, Math.round(Duration.between(start, end).toMinutes() / (24 * 60.0)));
    }

    /** Whether the event falls on {@code day} in {@code zone}: an all-day event by its dates, a timed one by its hours. */
    public boolean isOn(LocalDate day, ZoneId zone) {
        if (allDay) {
            LocalDate first = firstDay(zone);
            return !day.isBefore(first) && day.isBefore(first.plusDays(days()));
        }
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        return start.isBefore(dayEnd) && end.isAfter(dayStart);
    }

    /** A busy all-day event: the rep is away that day (out of office, a conference, a trade show). */
    public boolean isAwayOn(LocalDate day, ZoneId zone) {
        return allDay && busy && isOn(day, zone);
    }
}
