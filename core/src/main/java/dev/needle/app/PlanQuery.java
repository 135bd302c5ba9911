package dev.needle.app;

import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;
import dev.needle.plan.DayPlan;
import dev.needle.plan.PlanDays;
import dev.needle.plan.PlanRequest;
import dev.needle.plan.WorkingDays;
import dev.needle.plan.Workloads;
import dev.needle.store.Store;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A rep's planned days, the same for {@code needle plan}, {@code GET /api/reps/{rep}/plan} and {@code needle demo}:
 * from the day asked for (default: today in the rep's zone), within the rep's stored hours unless the request
 * names others, around the calendar the store holds for the whole window the plan can reach.
 */
public final class PlanQuery {
    /** The most days one plan may cover: a month of working days. */
    public static final int MAX_DAYS = 31;

    private PlanQuery() {
    }

    /**
     * Whose days, from when ({@code date} null: today in their zone), how many, and the day's shape. {@code workStart}
     * and {@code workEnd} are both given or both null (the stored hours).
     */
    public record Request(Rep rep, LocalDate date, int days, LocalTime workStart, LocalTime workEnd, LocalTime lunchStart,
                          LocalTime lunchEnd, Duration prospecting, Duration adminCap) {
        public Request {
            Objects.requireNonNull(rep, "rep");
            check(days, workStart, workEnd, lunchStart, lunchEnd, prospecting, adminCap);
        }

        /** The checks of a request's shape, for an adapter that refuses bad options before it opens the store. */
        public static void check(int days, LocalTime workStart, LocalTime workEnd, LocalTime lunchStart, LocalTime lunchEnd,
                                 Duration prospecting, Duration adminCap) {
            if (days < 1 || days > MAX_DAYS) throw new InvalidRequestException("{days} must be between 1 and " + MAX_DAYS);
            if ((workStart == null) != (workEnd == null) || workStart != null && !workStart.isBefore(workEnd)) {
                throw new InvalidRequestException("{hours} must be a start and a later end, like 08:30-17:30");
            }
            if (lunchStart.isAfter(lunchEnd)) throw new InvalidRequestException("{lunch} must end after it starts, like 12:00-13:00");
            if (prospecting.isNegative() || prospecting.compareTo(Duration.ofHours(12)) > 0
                    || adminCap.isNegative() || adminCap.compareTo(Duration.ofMinutes(240)) > 0) {
                throw new InvalidRequestException("{prospecting-hours} must be 0-12 and {admin-minutes} 0-240");
            }
        }

        /** The defaults: the stored hours, lunch at noon, 1.5 hours of prospecting, admin capped at 30 minutes. */
        public static Request of(Rep rep, LocalDate date, int days) {
            return new Request(rep, date, days, null, null, PlanRequest.LUNCH_START, PlanRequest.LUNCH_END,
                    PlanRequest.PROSPECTING_TARGET, PlanRequest.ADMIN_CAP);
        }

        /** The first day to plan: the one asked for, else today in the rep's zone. */
        public LocalDate first(Clock clock) {
            return date != null ? date : LocalDate.now(clock.withZone(PlanDays.zone(rep)));
        }

        /** The rep's stored hours (theirs, else their team's), unless this request names others for this plan only. */
        public WorkingHours hours(Store store) {
            Optional<LocalTime[]> given = workStart == null ? Optional.empty() : Optional.of(new LocalTime[]{workStart, workEnd});
            return PlanDays.withHours(store.workSchedules().effective(rep), given);
        }
    }

    /** The plans of {@code request}'s days, as of {@code clock}, over {@code workloads} and the store's calendar. */
    public static List<DayPlan> plan(Request request, Clock clock, Workloads workloads, Store store) {
        return plan(request, request.first(clock), request.hours(store), workloads, store);
    }

    /** The same, from a first day and within hours the caller has already resolved (the API keys its cache by them). */
    public static List<DayPlan> plan(Request request, LocalDate first, WorkingHours hours, Workloads workloads, Store store) {
        return plan(request, first, hours, PlanDays.workingDays(hours, first, request.days()), workloads, store);
    }

    /** The same over working days the caller has already read ({@link PlanDays#workingDays}): a feed picks its first day with them. */
    public static List<DayPlan> plan(Request request, LocalDate first, WorkingHours hours, WorkingDays working, Workloads workloads,
                                     Store store) {
        Rep rep = request.rep();
        PlanRequest template = new PlanRequest(rep, first, hours.start(), hours.end(), request.lunchStart(), request.lunchEnd(),
                request.prospecting(), request.adminCap());
        return PlanDays.plan(template, hours, working, request.days(), workloads, (from, to) -> store.calendarEvents(rep.id(), from, to));
    }
}
