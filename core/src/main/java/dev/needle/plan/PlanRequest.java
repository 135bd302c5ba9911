package dev.needle.plan;

import dev.needle.domain.Rep;
import dev.needle.domain.WorkingHours;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Plan {@code rep}'s {@code date}: working hours and lunch are wall-clock times in the rep's zone;
 * the prospecting target and the admin cap are lengths of time; {@code workingDays} says which dates the rep works
 * (their weekdays minus the public holidays they keep).
 */
public record PlanRequest(Rep rep, LocalDate date, LocalTime workStart, LocalTime workEnd, LocalTime lunchStart,
                          LocalTime lunchEnd, Duration prospectingTarget, Duration adminCap, WorkingDays workingDays) {
    public static final LocalTime WORK_START = LocalTime.of(8, 30);
    public static final LocalTime WORK_END = LocalTime.of(17, 30);
    public static final LocalTime LUNCH_START = LocalTime.of(12, 0);
    public static final LocalTime LUNCH_END = LocalTime.of(13, 0);
    public static final Duration PROSPECTING_TARGET = Duration.ofMinutes(90);
    public static final Duration ADMIN_CAP = Duration.ofMinutes(30);

    public PlanRequest {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(workingDays, "workingDays");
        if (!workStart.isBefore(workEnd)) throw new IllegalArgumentException("working hours end before they start");
        if (lunchStart.isAfter(lunchEnd)) throw new IllegalArgumentException("lunch ends before it starts");
        if (prospectingTarget.isNegative() || adminCap.isNegative()) {
            throw new IllegalArgumentException("the prospecting target and the admin cap cannot be negative");
        }
    }

    /** Monday to Friday with no holidays, as plans were before working hours were stored. */
    public PlanRequest(Rep rep, LocalDate date, LocalTime workStart, LocalTime workEnd, LocalTime lunchStart,
                       LocalTime lunchEnd, Duration prospectingTarget, Duration adminCap) {
        this(rep, date, workStart, workEnd, lunchStart, lunchEnd, prospectingTarget, adminCap, WorkingDays.MONDAY_TO_FRIDAY);
    }

    /** The defaults: 08:30-17:30 with lunch 12:00-13:00, 1.5 hours of prospecting, admin capped at 30 minutes. */
    public static PlanRequest of(Rep rep, LocalDate date) {
        return new PlanRequest(rep, date, WORK_START, WORK_END, LUNCH_START, LUNCH_END, PROSPECTING_TARGET, ADMIN_CAP);
    }

    public PlanRequest on(LocalDate day) {
        return new PlanRequest(rep, day, workStart, workEnd, lunchStart, lunchEnd, prospectingTarget, adminCap, workingDays);
    }

    /** The same request within {@code hours} (its hours of the day) on {@code days} (its dates). */
    public PlanRequest within(WorkingHours hours, WorkingDays days) {
        return new PlanRequest(rep, date, hours.start(), hours.end(), lunchStart, lunchEnd, prospectingTarget, adminCap, days);
    }

    /** The rep's zone; UTC when the source recorded none (as the analyses do). */
    public ZoneId zone() {
        return zoneOf(rep);
    }

    /** The plan's calendars name the zone: "UTC" as a region, as the plans always wrote it, rather than the offset Z. */
    static ZoneId zoneOf(Rep rep) {
        return rep.knownZone().orElse(ZoneId.of("UTC"));
    }
}
