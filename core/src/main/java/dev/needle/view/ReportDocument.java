package dev.needle.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Rep;
import dev.needle.domain.ValueClass;
import dev.needle.domain.WorkCategory;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Funnel;
import dev.needle.measure.PerformanceReport;
import dev.needle.measure.Quadrant;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.Results;
import dev.needle.measure.TeamPerformance;
import dev.needle.measure.TimeAllocation;
import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.LearnedClass;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
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
public record ReportDocument(Instant asOf, Period period, List<RepLine> reps, List<TeamLine> teams,
                             List<ValueDocument.Disagreement> valueClassDisagreements, FunnelPart funnel,
                             @JsonUnwrapped @Nullable PeriodNote periodNote) {

    public record Period(Instant from, Instant to) {
    }

    /**
     * One rep's line: who, their time ({@link Time}), their results ({@link Outcomes}), then their quota and rates.
     * Time and results are written as fields of the line itself.
     */
    public record RepLine(long id, String externalId, @Nullable String name, @Nullable String email, @Nullable String team,
                          @JsonUnwrapped Time time, @JsonUnwrapped Outcomes results, @Nullable BigDecimal quota,
                          @Nullable Double quotaAttainment, @Nullable Double resultsPerHour,
                          @Nullable Double resultsPerHighValueHour, @Nullable Double wonRevenuePerHour, Quadrant quadrant,
                          PeersComparison comparedWithPeers) {
    }

    /** How a rep compares with the median of their peers ({@code peers}: the group, null when they have none). */
    public record PeersComparison(@Nullable String peers, int peerCount, @Nullable Double activitiesPerDayVsMedian,
                                  @Nullable Double resultsPerHourVsMedian) {
    }

    public record TeamLine(String team, int reps, @JsonUnwrapped Time time, @JsonUnwrapped Outcomes results,
                           @Nullable Double quotaAttainment, @Nullable Double resultsPerHour,
                           @Nullable Double resultsPerHighValueHour, Map<Quadrant, Integer> quadrants) {
    }

    /** Where a rep's or a team's time went, hours rounded; shares of hours. */
    public record Time(int activities, @Nullable Double hours, int workingDays, @Nullable Double activitiesPerWorkingDay,
                       Map<ValueClass, Double> hoursByValueClass, Map<ValueClass, Double> shareByValueClass,
                       Map<WorkCategory, Double> hoursByCategory, List<TypeHours> hoursByType,
                       @Nullable Double highValueHours, @Nullable Double highValueShare, @Nullable Double highValueShareLearned,
                       @Nullable Double daysStartedWithOpportunityCreationShare, @Nullable Double adminHoursBeforeNoon,
                       int dealTouches, int emptyTouches, @Nullable Double emptyTouchShare) {
    }

    /** The hours on one activity type, with its catalogue class and the class the data shows. */
    public record TypeHours(String type, ValueClass valueClass, LearnedClass learnedClass, WorkCategory category,
                            @Nullable Double hours, @Nullable Double share) {
    }

    public record Outcomes(int opportunitiesCreated, int stageAdvances, int wins, @Nullable BigDecimal wonRevenue) {
    }

    /** The report's funnel part. */
    public record FunnelPart(Instant asOf, List<String> stages, int inferredPaths, Segment overall, List<Segment> byRep,
                             List<Segment> byTeam, List<Segment> bySource, List<Segment> byProduct) {
    }

    /**
     * One group of deals: a rep's (named by {@code rep}'s fields) or another group's (its {@code key}: "all", a
     * team, a source, a product, or the id of a rep no longer known).
     */
    public record Segment(@JsonUnwrapped @Nullable SegmentRep rep, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String key,
                          int deals, int open, int won, int lost, @Nullable Double winRate, @Nullable BigDecimal wonRevenue,
                          DaysToWin daysToWin, List<Step> steps) {
    }

    public record SegmentRep(long id, String externalId, @Nullable String name) {
    }

    public record DaysToWin(@Nullable Double median, @Nullable Double p75) {
    }

    public record Step(String stage, int entered, int advanced, int won, int lost, int stillInStage,
                       @Nullable Double conversion, @Nullable Double winRate, DaysInStage daysInStage) {
    }

    public record DaysInStage(int stays, @Nullable Double median, @Nullable Double p75) {
    }

    public static ReportDocument of(PerformanceReport report, List<RepPerformance> reps, List<TeamPerformance> teams,
                                    Funnel funnel, List<Rep> allReps, ActivityCatalog catalog, ValueReport value,
                                    DefaultPeriod.Chosen chosen) {
        List<RepLine> repLines = new ArrayList<>();
        for (RepPerformance rep : reps) {
            RepPerformance.Classification classification = rep.classification();
            repLines.add(new RepLine(rep.rep().id(), rep.rep().externalId(), rep.rep().name(), rep.rep().email(), rep.rep().team(),
                    time(rep.time(), catalog, value), outcomes(rep.results()), rep.rep().quota(),
                    Numbers.of(rep.quotaAttainment()), Numbers.of(rep.resultsPerHour()), Numbers.of(rep.resultsPerHighValueHour()),
                    Numbers.of(rep.wonRevenuePerHour()), rep.quadrant(),
                    new PeersComparison(classification.peerGroup(), classification.peers(),
                            Numbers.of(classification.volumeVsPeers()), Numbers.of(classification.productivityVsPeers()))));
        }
        List<TeamLine> teamLines = new ArrayList<>();
        for (TeamPerformance team : teams) {
            teamLines.add(new TeamLine(team.team(), team.reps(), time(team.time(), catalog, value), outcomes(team.results()),
                    Numbers.of(team.quotaAttainment()), Numbers.of(team.resultsPerHour()), Numbers.of(team.resultsPerHighValueHour()),
                    team.quadrants()));
        }
        return new ReportDocument(report.asOf(), new Period(report.period().from(), report.period().to()), repLines, teamLines,
                ValueDocument.disagreements(value), funnel(funnel, allReps), PeriodNote.of(chosen));
    }

    /** The report's funnel part: the segments by rep name their rep, found among {@code reps}. */
    public static FunnelPart funnel(Funnel funnel, List<Rep> reps) {
        Map<Long, Rep> byId = reps.stream().collect(Collectors.toMap(Rep::id, rep -> rep));
        return new FunnelPart(funnel.asOf(), funnel.stages(), funnel.inferredPaths(), segment(funnel.overall(), null),
                funnel.byRep().stream().map(segment -> segment(segment, byId.get(Long.valueOf(segment.key())))).toList(),
                funnel.byTeam().stream().map(segment -> segment(segment, null)).toList(),
                funnel.bySource().stream().map(segment -> segment(segment, null)).toList(),
                funnel.byProduct().stream().map(segment -> segment(segment, null)).toList());
    }

    private static Segment segment(Funnel.Segment segment, @Nullable Rep rep) {
        List<Step> steps = segment.steps().stream().map(step -> new Step(step.stage(), step.entered(), step.advanced(),
                step.won(), step.lost(), step.stillInStage(), Numbers.of(step.conversion()), Numbers.of(step.winRate()),
                new DaysInStage(step.stays(), Numbers.of(step.medianDays()), Numbers.of(step.p75Days())))).toList();
        return new Segment(rep == null ? null : new SegmentRep(rep.id(), rep.externalId(), rep.name()),
                rep == null ? segment.key() : null, segment.deals(), segment.open(), segment.won(), segment.lost(),
                Numbers.of(segment.winRate()), segment.wonRevenue(),
                new DaysToWin(Numbers.of(segment.medianDaysToWin()), Numbers.of(segment.p75DaysToWin())), steps);
    }

    private static Time time(TimeAllocation time, ActivityCatalog catalog, ValueReport value) {
        Map<ValueClass, Double> shares = new LinkedHashMap<>();
        for (ValueClass valueClass : ValueClass.values()) shares.put(valueClass, time.shareOf(valueClass));
        List<TypeHours> types = new ArrayList<>();
        time.hoursByType().forEach((type, hours) -> {
            var classified = catalog.classify(type);
            types.add(new TypeHours(type, classified.valueClass(), value.learnedClassOf(type), classified.category(),
                    Numbers.of(hours), Numbers.of(hours / time.hours())));
        });
        return new Time(time.activities(), Numbers.of(time.hours()), time.workingDays(), Numbers.of(time.activitiesPerWorkingDay()),
                Numbers.of(time.hoursByValueClass()), Numbers.of(shares), Numbers.of(time.hoursByCategory()), types,
                Numbers.of(time.highValueHours()), Numbers.of(time.highValueShare()), Numbers.of(value.highValueShareLearned(time)),
                Numbers.of(time.startedWithOpportunityCreationShare()), Numbers.of(time.adminHoursBeforeNoon()),
                time.dealTouches(), time.emptyTouches(), Numbers.of(time.emptyTouchShare()));
    }

    private static Outcomes outcomes(Results results) {
        return new Outcomes(results.opportunitiesCreated(), results.stageAdvances(), results.wins(), results.wonRevenue());
    }
}
