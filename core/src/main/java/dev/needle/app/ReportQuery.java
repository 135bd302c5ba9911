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

    /**
     * The days of the report (null: the default), the same for {@code needle report --from/--to} and the API's
     * from/to: through the end of {@code to} (default: the cutoff), from {@code from} (default: the last
     * {@value DefaultPeriod#DAYS} days).
     */
    public record Request(LocalDate from, LocalDate to) {
        public static final Request DEFAULT = new Request(null, null);

        public Request {
            if (from != null && to != null && to.isBefore(from)) throw new InvalidRequestException("{to} must not be before {from}");
        }

        /** The period asked for, as of {@code cutoff}; the data's own may replace a default one ({@link DefaultPeriod}). */
        public Period window(Instant cutoff) {
            Instant end = to != null ? to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : cutoff;
            Instant start = from != null ? from.atStartOfDay(ZoneOffset.UTC).toInstant() : Period.lastDays(end, DefaultPeriod.DAYS).from();
            if (!end.isAfter(start)) throw new InvalidRequestException("{to} must not be before {from}");
            return new Period(start, end);
        }

        /** Whether the days were named: then they are the period, whatever the data holds. */
        public boolean given() {
            return from != null || to != null;
        }
    }

    public static ReportQuery run(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, Instant cutoff, Request request,
                                  Set<Long> repIds) {
        Period window = request.window(cutoff);
        ZoneId zone = DefaultPeriod.zoneOf(history.reps().stream().filter(rep -> repIds == null || repIds.contains(rep.id())).toList());
        DefaultPeriod.Chosen chosen = !request.given()
                ? DefaultPeriod.choose(RecordTimes.of(history, runner, cutoff, zone), cutoff, window, DefaultPeriod.DAYS, zone)
                : DefaultPeriod.given(RecordTimes.of(history, runner, cutoff, ZoneOffset.UTC), window, ZoneOffset.UTC);
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
