package dev.needle.measure;

import dev.needle.domain.ValueClass;
import dev.needle.domain.WorkCategory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where one rep's (or team's) hours went in a period. Hours are the activities' durations (the
 * catalogue default where the source recorded none). A working day is a day, in the rep's time zone,
 * with at least one activity; it started with opportunity creation when its first activity is in
 * category OPPORTUNITY_CREATION. Admin before noon: ADMIN hours starting before 12:00 local time.
 * A deal touch is any activity on a deal; an empty one gives the buyer nothing ({@link Touches}).
 */
public record TimeAllocation(int activities, double hours, int workingDays, Map<String, Double> hoursByType,
                             Map<ValueClass, Double> hoursByValueClass, Map<WorkCategory, Double> hoursByCategory,
                             int daysStartedWithOpportunityCreation, double adminHoursBeforeNoon, int dealTouches,
                             int emptyTouches) {
    public TimeAllocation {
        hoursByType = Collections.unmodifiableMap(new TreeMap<>(hoursByType));
        hoursByValueClass = Collections.unmodifiableMap(enumMap(ValueClass.class, hoursByValueClass));
        hoursByCategory = Collections.unmodifiableMap(enumMap(WorkCategory.class, hoursByCategory));
    }

    public double highValueHours() {
        return hoursByValueClass.getOrDefault(ValueClass.HIGH, 0.0);
    }

    /** HIGH hours / all hours. */
    public double highValueShare() {
        return Stats.ratio(highValueHours(), hours);
    }

    public double shareOf(ValueClass valueClass) {
        return Stats.ratio(hoursByValueClass.getOrDefault(valueClass, 0.0), hours);
    }

    public double shareOf(WorkCategory category) {
        return Stats.ratio(hoursByCategory.getOrDefault(category, 0.0), hours);
    }

    /** Working days whose first activity was opportunity creation / working days. */
    public double startedWithOpportunityCreationShare() {
        return Stats.ratio(daysStartedWithOpportunityCreation, workingDays);
    }

    /** Empty deal touches / deal touches. */
    public double emptyTouchShare() {
        return Stats.ratio(emptyTouches, dealTouches);
    }

    public double activitiesPerWorkingDay() {
        return Stats.ratio(activities, workingDays);
    }

    public double hoursPerWorkingDay() {
        return Stats.ratio(hours, workingDays);
    }

    private static <K extends Enum<K>> Map<K, Double> enumMap(Class<K> type, Map<K, Double> values) {
        Map<K, Double> copy = new EnumMap<>(type);
        copy.putAll(values);
        return copy;
    }
}
