package dev.needle.app;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.Analyses;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Funnel;
import dev.needle.measure.PerformanceReport;
import dev.needle.measure.Period;
import dev.needle.measure.RecordTimes;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.TeamPerformance;
import dev.needle.measure.UnitRunner;
import dev.needle.measure.ValueReport;
import dev.needle.view.ReportDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * {@code needle report} as a use case, on any runner: the period (the last {@value DefaultPeriod#DAYS}
 * days, or the data's own when it ends before; or the days named), one walk for the report, the pipeline
 * and the value model, and the lines of the reps asked for ({@code repIds}; null: everyone).
 */
public record ReportQuery(PerformanceReport report, DefaultPeriod.Chosen chosen, List<RepPerformance> reps, List<TeamPerformance> teams,
                          Funnel funnel, ValueReport value, List<Rep> allReps, ActivityCatalog catalog) {

    public static ReportQuery run(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, Instant cutoff, LocalDate from,
                                  LocalDate to, Set<Long> repIds) {
        Instant end = to != null ? to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : cutoff;
        Instant start = from != null ? from.atStartOfDay(ZoneOffset.UTC).toInstant() : Period.lastDays(end, DefaultPeriod.DAYS).from();
        if (!end.isAfter(start)) throw new IllegalArgumentException("--to must not be before --from");
        ZoneId zone = DefaultPeriod.zoneOf(history.reps().stream().filter(rep -> repIds == null || repIds.contains(rep.id())).toList());
        DefaultPeriod.Chosen chosen = from == null && to == null
                ? DefaultPeriod.choose(RecordTimes.of(history, runner, cutoff, zone), cutoff, new Period(start, end), DefaultPeriod.DAYS, zone)
                : DefaultPeriod.given(RecordTimes.of(history, runner, cutoff, ZoneOffset.UTC), new Period(start, end), ZoneOffset.UTC);
        Analyses.ForReport walked = Analyses.forReport(history, runner, catalog, cutoff, chosen.period());
        PerformanceReport report = walked.report();
        List<RepPerformance> reps = report.reps().stream().filter(rep -> repIds == null || repIds.contains(rep.rep().id())).toList();
        List<TeamPerformance> teams = report.teams().stream()
                .filter(team -> reps.stream().anyMatch(rep -> rep.team().equals(team.team()))).toList();
        Funnel funnel = Funnel.of(walked.pipeline(), history.reps(),
                deal -> repIds == null || deal.ownerId() != null && repIds.contains(deal.ownerId()));
        ValueReport value = ActivityValue.learnedBefore(walked.value(), catalog, cutoff);
        return new ReportQuery(report, chosen, reps, teams, funnel, value, history.reps(), catalog);
    }

    /** The JSON document, as {@code needle report --json} prints it and {@code GET /api/report} answers it. */
    public ReportDocument document() {
        return ReportDocument.of(report, reps, teams, funnel, allReps, catalog, value, chosen);
    }
}
