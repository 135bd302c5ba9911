package dev.needle.plan;

import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Rep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Plans a rep's next working days in one go: the calendar is read once for the whole window (from the
 * day before the first to two days after the last, so events crossing midnight in any zone are seen),
 * then each day is planned around its meetings. The API's plan route, its calendar feed and the CLI all
 * plan through here; the caller says how to read the rep's calendar and how each day's request looks.
 */
public final class PlanDays {
    /** A rep's calendar events between two instants (the store's {@code calendarEvents}). */
    @FunctionalInterface
    public interface Calendar {
        List<CalendarEvent> events(long repId, Instant from, Instant to);
    }

    private PlanDays() {
    }

    /** {@code days} working days from {@code first} (itself planned even when not a working day), with the default hours. */
    public static List<DayPlan> plan(Rep rep, LocalDate first, int days, Workloads workloads, Calendar calendar) {
        return plan(rep, first, days, day -> PlanRequest.of(rep, day), workloads, calendar);
    }

    public static List<DayPlan> plan(Rep rep, LocalDate first, int days, Function<LocalDate, PlanRequest> requests,
                                     Workloads workloads, Calendar calendar) {
        ZoneId zone = zone(rep);
        LocalDate last = first;
        for (int count = 1; count < days; count++) last = WorkingDays.next(last);
        List<CalendarEvent> events = calendar.events(rep.id(), first.minusDays(1).atStartOfDay(zone).toInstant(),
                WorkingDays.next(last).plusDays(2).atStartOfDay(zone).toInstant());
        List<DayPlan> plans = new ArrayList<>();
        LocalDate day = first;
        for (int count = 0; count < days; count++, day = WorkingDays.next(day)) {
            PlanRequest request = requests.apply(day);
            plans.add(Planner.plan(request, workloads.forDay(request, events)));
        }
        return plans;
    }

    /** The zone the rep's days are planned in: theirs, or the planner's default when they have none Java knows. */
    public static ZoneId zone(Rep rep) {
        return PlanRequest.zoneOf(rep);
    }
}
