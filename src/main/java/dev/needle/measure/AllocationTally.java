package dev.needle.measure;

import dev.needle.domain.Activity;
import dev.needle.domain.ActivityType;
import dev.needle.domain.ValueClass;
import dev.needle.domain.WorkCategory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Adds up one rep's activities into a {@link TimeAllocation}; activities may come in any order. */
final class AllocationTally {
    private static final LocalTime NOON = LocalTime.NOON;

    private final ZoneId zone;
    private final Map<String, Double> hoursByType = new TreeMap<>();
    private final Map<ValueClass, Double> hoursByValueClass = new EnumMap<>(ValueClass.class);
    private final Map<WorkCategory, Double> hoursByCategory = new EnumMap<>(WorkCategory.class);
    /** Per local day, the earliest activity so far and its category. */
    private final Map<LocalDate, Activity> firstOfDay = new HashMap<>();
    private final Map<LocalDate, WorkCategory> firstCategory = new HashMap<>();
    private int activities;
    private double hours;
    private double adminHoursBeforeNoon;
    private int dealTouches;
    private int emptyTouches;

    AllocationTally(ZoneId zone) {
        this.zone = zone;
    }

    void add(Activity activity, ActivityType type) {
        double activityHours = activity.durationMinutes() / 60.0;
        activities++;
        hours += activityHours;
        hoursByType.merge(activity.type(), activityHours, Double::sum);
        hoursByValueClass.merge(type.valueClass(), activityHours, Double::sum);
        hoursByCategory.merge(type.category(), activityHours, Double::sum);
        ZonedDateTime local = activity.start().atZone(zone);
        if (type.category() == WorkCategory.ADMIN && local.toLocalTime().isBefore(NOON)) adminHoursBeforeNoon += activityHours;
        LocalDate day = local.toLocalDate();
        Activity first = firstOfDay.get(day);
        if (first == null || activity.start().isBefore(first.start())
                || activity.start().equals(first.start()) && activity.id() < first.id()) {
            firstOfDay.put(day, activity);
            firstCategory.put(day, type.category());
        }
        if (Touches.isDealTouch(activity)) {
            dealTouches++;
            if (Touches.isEmpty(activity)) emptyTouches++;
        }
    }

    TimeAllocation result() {
        int startedWithCreation = (int) firstCategory.values().stream()
                .filter(category -> category == WorkCategory.OPPORTUNITY_CREATION).count();
        return new TimeAllocation(activities, hours, firstOfDay.size(), hoursByType, hoursByValueClass, hoursByCategory,
                startedWithCreation, adminHoursBeforeNoon, dealTouches, emptyTouches);
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
