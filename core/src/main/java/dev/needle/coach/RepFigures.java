package dev.needle.coach;

import dev.needle.measure.RepPerformance;

import java.util.Map;
import java.util.TreeMap;

/**
 * A rep's period in the units coaching speaks in: per working week (five working days, so a rep who
 * was away is not penalised), and the hours on work that shows no measurable effect on results.
 */
record RepFigures(RepPerformance performance, double weeks, Map<String, Double> noResultHoursByType,
                  double noResultHoursPerWeek) {
    static final double WORKING_DAYS_PER_WEEK = 5.0;

    static RepFigures of(RepPerformance performance, LearnedRates rates) {
        double weeks = performance.time().workingDays() / WORKING_DAYS_PER_WEEK;
        Map<String, Double> noResult = new TreeMap<>();
        performance.time().hoursByType().forEach((type, hours) -> {
            if (rates.showsNoEffect(type)) noResult.put(type, hours);
        });
        double total = noResult.values().stream().mapToDouble(Double::doubleValue).sum();
        return new RepFigures(performance, weeks, noResult, weeks > 0 ? total / weeks : Double.NaN);
    }

    double perWeek(double amount) {
        return weeks > 0 ? amount / weeks : Double.NaN;
    }

    double resultsPerHour() {
        return performance.resultsPerHour();
    }

    double startedWithOpportunityCreationShare() {
        return performance.time().startedWithOpportunityCreationShare();
    }

    double emptyTouchShare() {
        return performance.time().emptyTouchShare();
    }

    double adminHoursBeforeNoonPerWeek() {
        return perWeek(performance.time().adminHoursBeforeNoon());
    }

    long repId() {
        return performance.rep().id();
    }
}
