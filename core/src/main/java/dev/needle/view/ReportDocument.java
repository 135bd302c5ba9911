package dev.needle.view;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Rep;
import dev.needle.domain.ValueClass;
import dev.needle.measure.Funnel;
import dev.needle.measure.PerformanceReport;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.TeamPerformance;
import dev.needle.measure.TimeAllocation;
import dev.needle.measure.ValueReport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code needle report --json} and {@code GET /api/report}: time against results per rep and team, and the funnel. The
 * high-value share is given by the catalogue's classes ({@code highValueShare}) and by what the data shows
 * ({@code highValueShareLearned}, from the activity values learned over the year before as-of).
 */
public final class ReportDocument {
    private ReportDocument() {
    }

    public static Map<String, Object> of(PerformanceReport report, List<RepPerformance> reps, List<TeamPerformance> teams,
                                        Funnel funnel, List<Rep> allReps, ActivityCatalog catalog, ValueReport value) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asOf", report.asOf());
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("from", report.period().from());
        period.put("to", report.period().to());
        document.put("period", period);
        List<Object> repLines = new ArrayList<>();
        for (RepPerformance rep : reps) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", rep.rep().id());
            line.put("externalId", rep.rep().externalId());
            line.put("name", rep.rep().name());
            line.put("email", rep.rep().email());
            line.put("team", rep.rep().team());
            time(line, rep.time(), catalog, value);
            results(line, rep.results());
            line.put("quota", rep.rep().quota());
            line.put("quotaAttainment", Numbers.of(rep.quotaAttainment()));
            line.put("resultsPerHour", Numbers.of(rep.resultsPerHour()));
            line.put("resultsPerHighValueHour", Numbers.of(rep.resultsPerHighValueHour()));
            line.put("wonRevenuePerHour", Numbers.of(rep.wonRevenuePerHour()));
            line.put("quadrant", rep.quadrant());
            RepPerformance.Classification classification = rep.classification();
            Map<String, Object> compared = new LinkedHashMap<>();
            compared.put("peers", classification.peerGroup());
            compared.put("peerCount", classification.peers());
            compared.put("activitiesPerDayVsMedian", Numbers.of(classification.volumeVsPeers()));
            compared.put("resultsPerHourVsMedian", Numbers.of(classification.productivityVsPeers()));
            line.put("comparedWithPeers", compared);
            repLines.add(line);
        }
        document.put("reps", repLines);
        List<Object> teamLines = new ArrayList<>();
        for (TeamPerformance team : teams) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("team", team.team());
            line.put("reps", team.reps());
            time(line, team.time(), catalog, value);
            results(line, team.results());
            line.put("quotaAttainment", Numbers.of(team.quotaAttainment()));
            line.put("resultsPerHour", Numbers.of(team.resultsPerHour()));
            line.put("resultsPerHighValueHour", Numbers.of(team.resultsPerHighValueHour()));
            line.put("quadrants", team.quadrants());
            teamLines.add(line);
        }
        document.put("teams", teamLines);
        document.put("valueClassDisagreements", ValueDocument.disagreements(value));
        document.put("funnel", funnel(funnel, allReps));
        return document;
    }

    /** The report's funnel part: the segments by rep name their rep, found among {@code reps}. */
    public static Map<String, Object> funnel(Funnel funnel, List<Rep> reps) {
        Map<Long, Rep> byId = reps.stream().collect(Collectors.toMap(Rep::id, rep -> rep));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asOf", funnel.asOf());
        document.put("stages", funnel.stages());
        document.put("inferredPaths", funnel.inferredPaths());
        document.put("overall", segment(funnel.overall(), null));
        document.put("byRep", funnel.byRep().stream().map(segment -> segment(segment, byId.get(Long.valueOf(segment.key())))).toList());
        document.put("byTeam", funnel.byTeam().stream().map(segment -> segment(segment, null)).toList());
        document.put("bySource", funnel.bySource().stream().map(segment -> segment(segment, null)).toList());
        document.put("byProduct", funnel.byProduct().stream().map(segment -> segment(segment, null)).toList());
        return document;
    }

    private static Map<String, Object> segment(Funnel.Segment segment, Rep rep) {
        Map<String, Object> line = new LinkedHashMap<>();
        if (rep != null) {
            line.put("id", rep.id());
            line.put("externalId", rep.externalId());
            line.put("name", rep.name());
        } else {
            line.put("key", segment.key());
        }
        line.put("deals", segment.deals());
        line.put("open", segment.open());
        line.put("won", segment.won());
        line.put("lost", segment.lost());
        line.put("winRate", Numbers.of(segment.winRate()));
        line.put("wonRevenue", segment.wonRevenue());
        Map<String, Object> daysToWin = new LinkedHashMap<>();
        daysToWin.put("median", Numbers.of(segment.medianDaysToWin()));
        daysToWin.put("p75", Numbers.of(segment.p75DaysToWin()));
        line.put("daysToWin", daysToWin);
        List<Object> steps = new ArrayList<>();
        for (Funnel.Step step : segment.steps()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("stage", step.stage());
            entry.put("entered", step.entered());
            entry.put("advanced", step.advanced());
            entry.put("won", step.won());
            entry.put("lost", step.lost());
            entry.put("stillInStage", step.stillInStage());
            entry.put("conversion", Numbers.of(step.conversion()));
            entry.put("winRate", Numbers.of(step.winRate()));
            Map<String, Object> days = new LinkedHashMap<>();
            days.put("stays", step.stays());
            days.put("median", Numbers.of(step.medianDays()));
            days.put("p75", Numbers.of(step.p75Days()));
            entry.put("daysInStage", days);
            steps.add(entry);
        }
        line.put("steps", steps);
        return line;
    }

    private static void time(Map<String, Object> line, TimeAllocation time, ActivityCatalog catalog, ValueReport value) {
        line.put("activities", time.activities());
        line.put("hours", Numbers.of(time.hours()));
        line.put("workingDays", time.workingDays());
        line.put("activitiesPerWorkingDay", Numbers.of(time.activitiesPerWorkingDay()));
        line.put("hoursByValueClass", Numbers.of(time.hoursByValueClass()));
        Map<ValueClass, Double> shares = new LinkedHashMap<>();
        for (ValueClass valueClass : ValueClass.values()) shares.put(valueClass, time.shareOf(valueClass));
        line.put("shareByValueClass", Numbers.of(shares));
        line.put("hoursByCategory", Numbers.of(time.hoursByCategory()));
        List<Object> types = new ArrayList<>();
        time.hoursByType().forEach((type, hours) -> {
            var classified = catalog.classify(type);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", type);
            entry.put("valueClass", classified.valueClass());
            entry.put("learnedClass", value.learnedClassOf(type));
            entry.put("category", classified.category());
            entry.put("hours", Numbers.of(hours));
            entry.put("share", Numbers.of(hours / time.hours()));
            types.add(entry);
        });
        line.put("hoursByType", types);
        line.put("highValueHours", Numbers.of(time.highValueHours()));
        line.put("highValueShare", Numbers.of(time.highValueShare()));
        line.put("highValueShareLearned", Numbers.of(value.highValueShareLearned(time)));
        line.put("daysStartedWithOpportunityCreationShare", Numbers.of(time.startedWithOpportunityCreationShare()));
        line.put("adminHoursBeforeNoon", Numbers.of(time.adminHoursBeforeNoon()));
        line.put("dealTouches", time.dealTouches());
        line.put("emptyTouches", time.emptyTouches());
        line.put("emptyTouchShare", Numbers.of(time.emptyTouchShare()));
    }

    private static void results(Map<String, Object> line, dev.needle.measure.Results results) {
        line.put("opportunitiesCreated", results.opportunitiesCreated());
        line.put("stageAdvances", results.stageAdvances());
        line.put("wins", results.wins());
        line.put("wonRevenue", results.wonRevenue());
    }
}
