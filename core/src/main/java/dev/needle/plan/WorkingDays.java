package dev.needle.plan;

import dev.needle.domain.WorkingHours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which dates a rep works: their working weekdays minus the public holidays they keep. The holidays come in as
 * dates with their names ({@link Holidays} reads them from Jollyday at the edge), so planning stays pure.
 */
public record WorkingDays(Set<DayOfWeek> weekdays, Map<LocalDate, String> holidays) {
    /** Monday to Friday, no holidays: what plans had before working hours were stored. */
    public static final WorkingDays MONDAY_TO_FRIDAY = new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Map.of());

    /** A year of working days never ends without one; a search that does is a schedule with no working day at all. */
    private static final int LONGEST_SEARCH = 366;

    public WorkingDays {
        if (weekdays.isEmpty()) throw new IllegalArgumentException("at least one working weekday is needed");
        weekdays = Set.copyOf(weekdays);
        holidays = Map.copyOf(holidays);
    }

    public static WorkingDays of(WorkingHours hours, Map<LocalDate, String> holidays) {
        return new WorkingDays(hours.days(), holidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return whyNot(day).isEmpty();
    }

    /** Why {@code day} is not a working day: "1st Christmas day (DE-BY)", "SATURDAY is not a working day"; empty when it is one. */
    public Optional<String> whyNot(LocalDate day) {
        String holiday = holidays.get(day);
        if (holiday != null) return Optional.of(holiday);
        if (!weekdays.contains(day.getDayOfWeek())) return Optional.of(day.getDayOfWeek() + " is not a working day");
        return Optional.empty();
    }

    /** The first working day after {@code day}. */
    public LocalDate next(LocalDate day) {
        LocalDate next = day.plusDays(1);
        for (int step = 0; step < LONGEST_SEARCH && !isWorkingDay(next); step++) next = next.plusDays(1);
        return next;
    }

    /** {@code day} itself when it is a working day, else the next one. */
    public LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : next(day);
    }
}
