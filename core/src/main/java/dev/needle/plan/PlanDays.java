package dev.needle.plan;

import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans a rep's run of days the same way for the command line and the API: the first day asked for (even one the
 * rep does not work, which then says why and carries its work), then their next working days, within their hours.
 */
public final class PlanDays {
    private PlanDays() {
    }

    /** The dates to plan: {@code first}, then the working days after it, {@code days} in all. */
    public static List<LocalDate> dates(LocalDate first, int days, WorkingDays working) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = first; dates.size() < days; day = working.next(day)) dates.add(day);
        return dates;
    }

    /** The dates whose public holidays a plan of {@code days} days from {@code first} can need: far enough for any carry-over. */
    public static LocalDate[] holidayWindow(LocalDate first, int days) {
        return new LocalDate[]{first.minusDays(1), first.plusDays(days * 2L + 60)};
    }

    /** The rep's working days: their weekdays minus the public holidays they keep (read from Jollyday here, at the edge). */
    public static WorkingDays workingDays(WorkingHours hours, LocalDate first, int days) {
        LocalDate[] window = holidayWindow(first, days);
        Map<LocalDate, String> holidays = Holidays.between(hours.holidayCalendar(), window[0], window[1]);
        return WorkingDays.of(hours, holidays);
    }

    /**
     * The calendar a plan of {@code days} days from {@code first} can need: from the day before to the end of the
     * holiday window, so days away are known wherever work may be carried to.
     */
    public static Instant[] calendarWindow(LocalDate first, int days, ZoneId zone) {
        LocalDate[] window = holidayWindow(first, days);
        return new Instant[]{window[0].atStartOfDay(zone).toInstant(), window[1].plusDays(1).atStartOfDay(zone).toInstant()};
    }

    /**
     * {@code working} less the days the calendar says the rep is away (a busy all-day event such as out of office, or
     * a busy event over all their working hours), from {@code first} to the end of the holiday window.
     */
    public static WorkingDays lessDaysAway(WorkingDays working, WorkingHours hours, ZoneId zone, LocalDate first, int days,
                                           List<CalendarEvent> events) {
        Map<LocalDate, String> away = new java.util.HashMap<>();
        LocalDate end = holidayWindow(first, days)[1];
        for (LocalDate day = first; !day.isAfter(end); day = day.plusDays(1)) {
            LocalDate date = day;
            List<CalendarEvent> onTheDay = events.stream().filter(event -> event.isOn(date, zone)).toList();
            FreeTime.away(day, zone, hours.start(), hours.end(), onTheDay).ifPresent(event -> away.put(date, FreeTime.awayReason(event)));
        }
        return working.lessDaysAway(away);
    }

    /**
     * Plans {@code days} days of {@code template}'s rep from its date within {@code hours}: the public holidays they
     * keep and the days their calendar says they are away are days off, skipped after the first day and never
     * carried to. {@code calendar} gives the rep's events between two instants (the store, at the edge).
     */
    public static List<DayPlan> plan(PlanRequest template, WorkingHours hours, int days, Workloads workloads,
                                     java.util.function.BiFunction<Instant, Instant, List<CalendarEvent>> calendar) {
        return plan(template, hours, workingDays(hours, template.date(), days), days, workloads, calendar);
    }

    /**
     * As {@link #plan(PlanRequest, WorkingHours, int, Workloads, java.util.function.BiFunction)}, with the rep's
     * working days already read ({@link #workingDays}) by a caller that needed them first (a feed picks its first day
     * with them): the public holidays are read once. Read from a day on or before the template's date, they reach
     * well past the days planned and any carry-over.
     */
    public static List<DayPlan> plan(PlanRequest template, WorkingHours hours, WorkingDays holidaysKept, int days,
                                     Workloads workloads,
                                     java.util.function.BiFunction<Instant, Instant, List<CalendarEvent>> calendar) {
        ZoneId zone = template.zone();
        LocalDate first = template.date();
        Instant[] window = calendarWindow(first, days, zone);
        List<CalendarEvent> events = calendar.apply(window[0], window[1]);
        WorkingDays working = lessDaysAway(holidaysKept, hours, zone, first, days, events);
        return plan(template, hours, working, dates(first, days, working), workloads, events);
    }

    /** Plans each of {@code dates} from {@code template} (lunch, targets, caps), within the rep's hours. */
    public static List<DayPlan> plan(PlanRequest template, WorkingHours hours, WorkingDays working, List<LocalDate> dates,
                                     Workloads workloads, List<CalendarEvent> events) {
        List<DayPlan> plans = new ArrayList<>();
        for (LocalDate day : dates) {
            PlanRequest request = template.on(day).within(hours, working);
            plans.add(Planner.plan(request, workloads.forDay(request, events)));
        }
        return plans;
    }

    /** The next {@code count} public holidays the rep keeps from {@code from} on (within a year), by date. */
    public static Map<LocalDate, String> nextHolidays(WorkingHours hours, LocalDate from, int count) {
        Map<LocalDate, String> next = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(Holidays.between(hours.holidayCalendar(), from, from.plusYears(1))).entrySet().stream()
                .limit(count).forEach(holiday -> next.put(holiday.getKey(), holiday.getValue()));
        return next;
    }

    /** The zone a rep's days are planned in. */
    public static ZoneId zone(Rep rep) {
        return PlanRequest.zoneOf(rep);
    }

    /** The hours the command line was given instead of the stored ones, if any. */
    public static WorkingHours withHours(WorkingHours stored, Optional<java.time.LocalTime[]> given) {
        return given.map(span -> new WorkingHours(stored.days(), span[0], span[1], stored.holidays())).orElse(stored);
    }
}
