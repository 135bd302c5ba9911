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

    /** The calendar a plan of {@code dates} needs: from the day before the first to two days after the next working day after the last. */
    public static Instant[] calendarWindow(List<LocalDate> dates, WorkingDays working, ZoneId zone) {
        LocalDate last = dates.get(dates.size() - 1);
        return new Instant[]{dates.get(0).minusDays(1).atStartOfDay(zone).toInstant(),
                working.next(last).plusDays(2).atStartOfDay(zone).toInstant()};
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
