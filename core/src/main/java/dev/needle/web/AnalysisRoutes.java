package dev.needle.web;

import dev.needle.app.ReportQuery;
import dev.needle.app.ValueQuery;
import dev.needle.auth.Principal;
import dev.needle.auth.Visibility;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.coach.PeriodSpec;
import dev.needle.domain.Dataset;
import dev.needle.domain.Rep;
import dev.needle.measure.Datasets;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Funnel;
import dev.needle.measure.PerformanceReport;
import dev.needle.measure.Period;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.TeamPerformance;
import dev.needle.measure.UnitRunner;
import dev.needle.measure.ValueReport;
import dev.needle.predict.Forecast;
import dev.needle.predict.ForecastPeriod;
import dev.needle.predict.WinModel;
import dev.needle.store.Store;
import dev.needle.store.StoreCounts;
import dev.needle.view.ForecastDocument;
import dev.needle.view.ReportDocument;
import dev.needle.view.ValueDocument;
import io.javalin.http.Context;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.needle.web.Schemas.date;
import static dev.needle.web.Schemas.string;

/**
 * What the analysis commands show, over the records the caller may see, as of when the API last read
 * the store: {@code needle stats}, {@code value}, {@code report} and {@code forecast} with {@code --json}.
 */
final class AnalysisRoutes {
    private final Snapshots snapshots;
    private final Store store;
    private final ActivityCatalog catalog;

    AnalysisRoutes(Snapshots snapshots, Store store, ActivityCatalog catalog) {
        this.snapshots = snapshots;
        this.store = store;
        this.catalog = catalog;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/stats", "Counts of everything the store holds (needle stats --json)", Access.ADMIN, this::stats)
                        .returns(200, StoreCounts.class),
                Route.get("/api/value", "What each activity type is worth in the caller's team's data (needle value --json)",
                                Access.MANAGER, this::value)
                        .query("from", date(), "First day to learn from (default: a year before to)")
                        .query("to", date(), "Last day to learn from (default: today)")
                        .returns(200, ValueDocument.class),
                Route.get("/api/report", "Time against results per rep and team, and the funnel (needle report --json)",
                                Access.ANY_USER, this::report)
                        .query("from", date(), "First day of the period (default: 90 days before to; the data's own last 90 days when it ends before that)")
                        .query("to", date(), "Last day of the period (default: today)")
                        .query("rep", string(), "Only this rep: Needle id, source id or email")
                        .returns(200, ReportDocument.class),
                Route.get("/api/forecast", "Revenue P10/P50/P90 beside the stage-weighted figure (needle forecast --json)",
                                Access.ANY_USER, this::forecast)
                        .query("period", string(), "As needle forecast --period: month or quarter (the one today falls in), "
                                + "or a named month (2026-05) or quarter (2026-Q2) that contains today (default: month)")
                        .returns(200, ForecastDocument.class));
    }

    private void stats(Context ctx, Principal caller) {
        ctx.json(store.stats());
    }

    /** {@code needle value} over the records the caller may see, through the end of the snapshot's day (UTC). */
    private void value(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        ValueQuery.Request request = new ValueQuery.Request(Requests.date(ctx, "from"), Requests.date(ctx, "to"));
        Instant cutoff = ValueQuery.cutoffAt(snapshot.takenAt());
        request.days(cutoff); // checked outside the cache: days in the wrong order answer 400 every time
        Visibility visibility = caller.visibility();
        Requests.cachedJson(ctx, snapshot, List.of("value", visibility, request), () -> ValueQuery.run(
                visible(snapshot.data(), visibility).history(), UnitRunner.parallel(), catalog, cutoff, request).document());
    }

    /** The zone of the team the caller looks at: the zone most of the reps shown work in. */
    static java.time.ZoneId zone(Snapshot snapshot, Visibility visibility, Rep only) {
        if (only != null) return DefaultPeriod.zoneOf(List.of(only));
        return DefaultPeriod.zoneOf(snapshot.data().reps().stream().filter(rep -> visibility.canSee(rep.id())).toList());
    }

    /**
     * Each rep's line is computed among all reps (so peer comparisons mean the same for everyone) and
     * shown to those who may see that rep; a team's totals only to those who may see every member.
     */
    private void report(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        Instant cutoff = snapshot.takenAt();
        ReportQuery.Request request = new ReportQuery.Request(Requests.date(ctx, "from"), Requests.date(ctx, "to"));
        Period window = request.window(cutoff);
        String repKey = ctx.queryParam("rep");
        Rep only = repKey == null || repKey.isBlank() ? null : Requests.visibleRep(snapshot, caller, repKey);
        Visibility visibility = caller.visibility();
        // the data's own last days when it ends before the default window: the same rule as needle report
        DefaultPeriod.Chosen chosen = snapshot.period(cutoff, window, request.given(), zone(snapshot, visibility, only));
        PerformanceReport report = snapshot.derive(List.of("report", chosen.period()), () -> snapshot.live().report(chosen.period()));
        List<RepPerformance> reps = report.reps().stream().filter(rep -> visibility.canSee(rep.rep().id())
                && (only == null || rep.rep().id() == only.id())).toList();
        Map<String, Set<Long>> members = snapshot.data().reps().stream().filter(rep -> rep.team() != null)
                .collect(Collectors.groupingBy(Rep::team, Collectors.mapping(Rep::id, Collectors.toSet())));
        List<TeamPerformance> teams = report.teams().stream()
                .filter(team -> reps.stream().anyMatch(rep -> team.team().equals(rep.team())))
                .filter(team -> members.getOrDefault(team.team(), Set.of()).stream().allMatch(visibility::canSee)).toList();
        Funnel funnel = snapshot.derive(List.of("funnel", visibility, only == null ? 0L : only.id()),
                () -> Funnel.of(snapshot.live().pipeline(), snapshot.data().reps(), deal -> visibility.canSee(deal.ownerId())
                        && (only == null || deal.ownerId() != null && deal.ownerId() == only.id())));
        ValueReport value = snapshot.learnedValue();
        Requests.cachedJson(ctx, snapshot, List.of("report.json", visibility, chosen, only == null ? 0L : only.id()),
                () -> ReportDocument.of(report, reps, teams, funnel, snapshot.data().reps(), catalog, value, chosen));
    }

    private void forecast(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        Instant when = snapshot.takenAt();
        ForecastPeriod period = forecastPeriod(ctx.queryParam("period"), when);
        Visibility visibility = caller.visibility();
        Requests.cachedJson(ctx, snapshot, List.of("forecast", visibility, period), () -> {
            Dataset data = visible(snapshot.data(), visibility);
            WinModel model = snapshot.winModel(visibility, () -> WinModel.train(data, when)).on(data);
            // as Forecast.learned, with the model learned once between whole reads
            return ForecastDocument.of(Forecast.of(data, when, period, model.probabilityById(when), Forecast.SEED));
        });
    }

    /** The period {@code text} names, read as {@code needle forecast --period} reads it (default: the month). */
    private static ForecastPeriod forecastPeriod(String text, Instant when) {
        try {
            return PeriodSpec.forecastPeriod(text == null || text.isBlank() ? "month" : text, when);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("query parameter period: " + e.getMessage());
        }
    }

    private static Dataset visible(Dataset data, Visibility visibility) {
        return visibility.everything() ? data : Datasets.ofReps(data, visibility.repIds());
    }
}
