package dev.needle.web;

import dev.needle.app.FindTeam;
import dev.needle.auth.Principal;
import dev.needle.auth.Visibility;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.coach.Coach;
import dev.needle.coach.CoachingDocument;
import dev.needle.coach.PeriodSpec;
import dev.needle.coach.RepCoaching;
import dev.needle.coach.ReportWeek;
import dev.needle.coach.WeeklyReport;
import dev.needle.coach.WeeklyReportDocument;
import dev.needle.domain.Rep;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Period;
import dev.needle.report.Pdf;
import dev.needle.report.WeeklyReportPage;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static dev.needle.web.Schemas.date;
import static dev.needle.web.Schemas.string;

/**
 * Coaching and the weekly team report: {@code needle coach --json} and {@code needle report --weekly}
 * (JSON, the HTML page, the PDF). Both are measured among all reps, once per snapshot and parameters,
 * and shown to whoever may see the reps concerned.
 */
final class CoachRoutes {
    private final Snapshots snapshots;
    private final ActivityCatalog catalog;

    CoachRoutes(Snapshots snapshots, ActivityCatalog catalog) {
        this.snapshots = snapshots;
        this.catalog = catalog;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/coach", "The few changes that would matter most for each rep the caller may see (needle coach --json)",
                                Access.ANY_USER, this::coaching)
                        .query("rep", string(), "Only this rep: Needle id, source id or email")
                        .query("period", string(), "As needle coach --period: a week (2026-W20), a month (2026-05), a quarter (2026-Q2), last-N-days, "
                                + "or week, month or quarter (the one asOf falls in); default " + PeriodSpec.DEFAULT)
                        .query("asOf", date(), "Use only what was recorded up to the end of this day (default: now)")
                        .returns(200, CoachingDocument.class),
                week(Route.get("/api/reports/weekly", "The weekly team report's figures (needle report --weekly --json)",
                        Access.MANAGER, this::weeklyJson))
                        .returns(200, WeeklyReportDocument.class),
                week(Route.get("/api/reports/weekly.html", "The weekly team report as one self-contained HTML page",
                        Access.MANAGER, this::weeklyHtml))
                        .returns(200, string("an XHTML page with its charts inline"), "text/html"),
                week(Route.get("/api/reports/weekly.pdf", "The weekly team report as a PDF", Access.MANAGER, this::weeklyPdf))
                        .returns(200, java.util.Map.of("type", "string", "contentMediaType", "application/pdf"), "application/pdf"));
    }

    private static Route week(Route route) {
        return route.query("team", string(), "The team reported on (required; any case)")
                .query("week", string(), "The ISO week, e.g. 2026-W20 (default: the week of asOf)")
                .query("asOf", date(), "Use only what was recorded up to the end of this day (default: now, or the end of a past week)");
    }

    /** Each rep's coaching is worked out among all reps, so "the team's top performers" mean the same for everyone. */
    private void coaching(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        Instant cutoff = cutoff(ctx, snapshot.takenAt());
        Period window = window(ctx, cutoff);
        String repKey = ctx.queryParam("rep");
        Rep only = repKey == null || repKey.isBlank() ? null : Requests.visibleRep(snapshot, caller, repKey);
        Visibility visibility = caller.visibility();
        String named = ctx.queryParam("period");
        // the data's own last 90 days when it ends before the default window: the same rule as needle coach
        DefaultPeriod.Chosen chosen = snapshot.period(cutoff, window, named != null && !named.isBlank(),
                AnalysisRoutes.zone(snapshot, visibility, only));
        // as of the snapshot (the default), coaching comes from the analyses the snapshot keeps current by unit
        boolean current = cutoff.equals(snapshot.takenAt());
        List<RepCoaching> everyone = snapshot.derive(List.of("coach", chosen.period(), cutoff), () -> current
                ? Coach.coach(snapshot.live().report(chosen.period()), snapshot.learnedValue(), snapshot.live().hygiene())
                : Coach.of(snapshot.data(), catalog, cutoff, chosen.period()));
        List<RepCoaching> shown = everyone.stream().filter(rep -> visibility.canSee(rep.rep().id())
                && (only == null || rep.rep().id() == only.id())).toList();
        ctx.json(CoachingDocument.of(shown, chosen, cutoff));
    }

    private void weeklyJson(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        WeeklyReport report = weeklyReport(ctx, caller, snapshot);
        DefaultPeriod.Chosen moved = defaultWeek(ctx, snapshot);
        Requests.cachedJson(ctx, snapshot, List.of("weekly.json", report.team(), report.week(), report.asOf()),
                () -> WeeklyReportDocument.of(report, moved));
    }

    private void weeklyHtml(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        WeeklyReport report = weeklyReport(ctx, caller, snapshot);
        attachment(ctx, report, "html");
        ctx.contentType("text/html; charset=utf-8").result(page(snapshot, report).getBytes(StandardCharsets.UTF_8));
    }

    private void weeklyPdf(Context ctx, Principal caller) {
        Snapshot snapshot = snapshots.current();
        WeeklyReport report = weeklyReport(ctx, caller, snapshot);
        byte[] pdf = snapshot.derive(List.of("weekly.pdf", report.team(), report.week(), report.asOf()), () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Pdf.write(page(snapshot, report), out);
            return out.toByteArray();
        });
        attachment(ctx, report, "pdf");
        ctx.contentType("application/pdf").result(pdf);
    }

    private static String page(Snapshot snapshot, WeeklyReport report) {
        return snapshot.derive(List.of("weekly.html", report.team(), report.week(), report.asOf()), () -> WeeklyReportPage.render(report));
    }

    /**
     * The report of a team whose every member the caller may see; any other team answers 404, as if it
     * did not exist, so the API does not reveal which teams there are.
     */
    private WeeklyReport weeklyReport(Context ctx, Principal caller, Snapshot snapshot) {
        String asked = ctx.queryParam("team");
        if (asked == null || asked.isBlank()) throw ApiException.badRequest("query parameter team is required: the team to report on");
        FindTeam.Request wanted = new FindTeam.Request(asked);
        List<Rep> members = FindTeam.members(snapshot.data().reps(), wanted);
        if (members.isEmpty() || !members.stream().allMatch(rep -> caller.visibility().canSee(rep.id()))) {
            throw ApiException.notFound("no team " + wanted.name() + " among the teams you may see");
        }
        String team = members.get(0).team();
        LocalDate asOf = Requests.date(ctx, "asOf");
        ReportWeek chosen;
        try {
            DefaultPeriod.Chosen moved = defaultWeek(ctx, snapshot);
            String week = moved != null ? PeriodSpec.weekLabel(moved.period()) : ctx.queryParam("week");
            chosen = ReportWeek.of(week, asOf == null ? null : endOf(asOf), snapshot.takenAt());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("query parameter week: " + e.getMessage());
        }
        return snapshot.derive(List.of("weekly", team, chosen),
                () -> WeeklyReport.of(snapshot.data(), catalog, team, chosen.week(), chosen.cutoff()));
    }

    private static void attachment(Context ctx, WeeklyReport report, String extension) {
        String team = report.team().replaceAll("[^A-Za-z0-9_-]+", "-");
        ctx.header("Content-Disposition", "attachment; filename=\"weekly-report-" + team + "-"
                + PeriodSpec.weekLabel(report.week()) + "." + extension + "\"");
    }

    /**
     * Without week and asOf, on data that ends before the current week: the data's last week (the same
     * rule as needle report --weekly); null when the week asked for, or the current one, is used.
     */
    private static DefaultPeriod.Chosen defaultWeek(Context ctx, Snapshot snapshot) {
        String week = ctx.queryParam("week");
        String asOf = ctx.queryParam("asOf");
        if (week != null && !week.isBlank() || asOf != null && !asOf.isBlank()) return null;
        DefaultPeriod.Chosen chosen = snapshot.derive(List.of("default-week"), () -> DefaultPeriod.week(snapshot.data(), snapshot.takenAt()));
        return chosen.moved() ? chosen : null;
    }

    private static Instant cutoff(Context ctx, Instant now) {
        LocalDate asOf = Requests.date(ctx, "asOf");
        return asOf == null ? now : endOf(asOf);
    }

    private static Period window(Context ctx, Instant cutoff) {
        String period = ctx.queryParam("period");
        try {
            return PeriodSpec.parse(period == null || period.isBlank() ? PeriodSpec.DEFAULT : period, cutoff).upTo(cutoff);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("query parameter period: " + e.getMessage());
        }
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
