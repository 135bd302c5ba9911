package dev.needle.measure;

import dev.needle.domain.Activity;
import dev.needle.domain.ActivityType;
import dev.needle.domain.ValueClass;
import dev.needle.domain.WorkCategory;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up one rep's activities into a {@link TimeAllocation}; activities may come in any order, and
 * tallies of parts of them merge ({@link #add(AllocationTally)}) into the tally of them all. Time is
 * counted in whole minutes, so sums do not depend on the order they were made in.
 */
final class AllocationTally implements Serializable {
    private static final LocalTime NOON = LocalTime.NOON;

    private final ZoneId zone;
    private final Map<String, Long> minutesByType = new TreeMap<>();
    private final Map<ValueClass, Long> minutesByValueClass = new EnumMap<>(ValueClass.class);
    private final Map<WorkCategory, Long> minutesByCategory = new EnumMap<>(WorkCategory.class);
    /** Per local day, the earliest activity so far and its category. */
    private final Map<LocalDate, First> firstOfDay = new HashMap<>();
    private int activities;
    private long minutes;
    private long adminMinutesBeforeNoon;
    private int dealTouches;
    private int emptyTouches;

    /** A day's first activity: the earliest, the lowest id among equals. */
    private record First(Instant start, long id, WorkCategory category) implements Serializable {
        boolean isBefore(First other) {
            return start.isBefore(other.start) || start.equals(other.start) && id < other.id;
        }
    }

    AllocationTally(ZoneId zone) {
        this.zone = zone;
    }

    void add(Activity activity, ActivityType type) {
        int duration = activity.durationMinutes();
        activities++;
        minutes += duration;
        minutesByType.merge(activity.type(), (long) duration, Long::sum);
        minutesByValueClass.merge(type.valueClass(), (long) duration, Long::sum);
        minutesByCategory.merge(type.category(), (long) duration, Long::sum);
        ZonedDateTime local = activity.start().atZone(zone);
        if (type.category() == WorkCategory.ADMIN && local.toLocalTime().isBefore(NOON)) adminMinutesBeforeNoon += duration;
        first(local.toLocalDate(), new First(activity.start(), activity.id(), type.category()));
        if (Touches.isDealTouch(activity)) {
            dealTouches++;
            if (Touches.isEmpty(activity)) emptyTouches++;
        }
    }

    /** Adds another tally of the same rep's activities (in the same zone). */
    void add(AllocationTally other) {
        activities += other.activities;
        minutes += other.minutes;
        other.minutesByType.forEach((key, value) -> minutesByType.merge(key, value, Long::sum));
        other.minutesByValueClass.forEach((key, value) -> minutesByValueClass.merge(key, value, Long::sum));
        other.minutesByCategory.forEach((key, value) -> minutesByCategory.merge(key, value, Long::sum));
        adminMinutesBeforeNoon += other.adminMinutesBeforeNoon;
        other.firstOfDay.forEach(this::first);
        dealTouches += other.dealTouches;
        emptyTouches += other.emptyTouches;
    }

    private void first(LocalDate day, First candidate) {
        First known = firstOfDay.get(day);
        if (known == null || candidate.isBefore(known)) firstOfDay.put(day, candidate);
    }

    TimeAllocation result() {
        int startedWithCreation = (int) firstOfDay.values().stream()
                .filter(first -> first.category() == WorkCategory.OPPORTUNITY_CREATION).count();
        return new TimeAllocation(activities, hours(minutes), firstOfDay.size(), hours(minutesByType), hours(minutesByValueClass),
                hours(minutesByCategory), startedWithCreation, hours(adminMinutesBeforeNoon), dealTouches, emptyTouches);
    }

    private static double hours(long minutes) {
        return minutes / 60.0;
    }

    private static <K> Map<K, Double> hours(Map<K, Long> minutes) {
        Map<K, Double> hours = new LinkedHashMap<>();
        minutes.forEach((key, value) -> hours.put(key, hours(value)));
        return hours;
    }

    /** Sums allocations (a team's): every count and hour adds up. */
    static TimeAllocation sum(Iterable<TimeAllocation> parts) {
        Map<String, Double> byType = new TreeMap<>();
        Map<ValueClass, Double> byClass = new EnumMap<>(ValueClass.class);
        Map<WorkCategory, Double> byCategory = new EnumMap<>(WorkCategory.class);
        int activities = 0, days = 0, started = 0, touches = 0, empty = 0;
        double hours = 0, adminBeforeNoon = 0;
        for (TimeAllocation part : parts) {
            part.hoursByType().forEach((key, value) -> byType.merge(key, value, Double::sum));
            part.hoursByValueClass().forEach((key, value) -> byClass.merge(key, value, Double::sum));
            part.hoursByCategory().forEach((key, value) -> byCategory.merge(key, value, Double::sum));
            activities += part.activities();
            days += part.workingDays();
            started += part.daysStartedWithOpportunityCreation();
            touches += part.dealTouches();
            empty += part.emptyTouches();
            hours += part.hours();
            adminBeforeNoon += part.adminHoursBeforeNoon();
        }
        return new TimeAllocation(activities, hours, days, byType, byClass, byCategory, started, adminBeforeNoon,
                touches, empty);
    }
}
