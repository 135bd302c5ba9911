package dev.needle.plan;

import dev.needle.domain.WorkingHours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which dates a rep works: their working weekdays minus their days off, each with why: the public holidays they keep
 * ("1st Christmas day (DE)"; {@link Holidays} reads them from Jollyday at the edge, so planning stays pure) and the
 * days their calendar says they are away ("away all day: Vacation").
 */
public record WorkingDays(Set<DayOfWeek> weekdays, Map<LocalDate, String> daysOff) {
    /** Monday to Friday, no holidays: what plans had before working hours were stored. */
    public static final WorkingDays MONDAY_TO_FRIDAY = new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Map.of());

    /** A year of working days never ends without one; a search that does is a schedule with no working day at all. */
    private static final int LONGEST_SEARCH = 366;

    public WorkingDays {
        if (weekdays.isEmpty()) throw new IllegalArgumentException("at least one working weekday is needed");
        weekdays = Set.copyOf(weekdays);
        daysOff = Map.copyOf(daysOff);
    }

    public static WorkingDays of(WorkingHours hours, Map<LocalDate, String> holidays) {
        return new WorkingDays(hours.days(), holidays);
    }

    /** These working days less {@code away} (date → why); a day that is a holiday already keeps its holiday's name. */
    public WorkingDays lessDaysAway(Map<LocalDate, String> away) {
        Map<LocalDate, String> off = new java.util.HashMap<>(away);
        off.putAll(daysOff);
        return new WorkingDays(weekdays, off);
    }

    public boolean isWorkingDay(LocalDate day) {
        return whyNot(day).isEmpty();
    }

    /** Why {@code day} is not a working day: "1st Christmas day (DE-BY)", "SATURDAY is not a working day"; empty when it is one. */
    public Optional<String> whyNot(LocalDate day) {
        String off = daysOff.get(day);
        if (off != null) return Optional.of(off);
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
