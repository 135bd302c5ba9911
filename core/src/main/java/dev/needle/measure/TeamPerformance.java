package dev.needle.measure;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A team's period: its reps' hours and results added up, its quota attainment (won revenue over the
 * prorated quotas of the reps that have one), and how many of its reps fall in each quadrant.
 */
public record TeamPerformance(String team, int reps, TimeAllocation time, Results results, double quotaAttainment,
                              Map<Quadrant, Integer> quadrants) {
    public TeamPerformance {
        Map<Quadrant, Integer> ordered = new EnumMap<>(Quadrant.class);
        ordered.putAll(quadrants);
        quadrants = Collections.unmodifiableMap(ordered);
    }

    public double resultsPerHour() {
        return Stats.ratio(results.outcomes(), time.hours());
    }

    public double resultsPerHighValueHour() {
        return Stats.ratio(results.outcomes(), time.highValueHours());
    }
}
