package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Dataset;
import dev.needle.domain.Rep;
import dev.needle.domain.ValueClass;
import dev.needle.measure.Funnel;
import dev.needle.measure.PerformanceReport;
import dev.needle.measure.Period;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.TeamPerformance;
import dev.needle.measure.TimeAllocation;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Activities against results per rep and team: where the hours went (by type, value class and",
                "category), what they produced, who is busy but not productive, and the funnel.",
                "Default period: the 90 days up to --as-of (default: now)."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @ArgGroup
    Selection selection = new Selection();

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (default: 90 days before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (default: --as-of).")
    LocalDate to;

    @Option(names = "--as-of", paramLabel = "WHEN", converter = AsOf.class,
            description = "Use only what was recorded up to then: a DATE (through its end, UTC) or an instant (2025-07-01T07:00:00Z).")
    Instant asOf;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--weekly", description = "The weekly team report for the sales leader (with --team): a self-contained HTML page and/or a PDF.")
    boolean weekly;

    @Option(names = "--week", paramLabel = "WEEK", description = "With --weekly: the ISO week to report on, e.g. 2026-W20 (default: the week of --as-of).")
    String week;

    @Option(names = "--out", paramLabel = "FILE.html", description = "With --weekly: where to write the HTML report.")
    java.nio.file.Path outFile;

    @Option(names = "--pdf", paramLabel = "FILE.pdf", description = "With --weekly: where to write the PDF report.")
    java.nio.file.Path pdfFile;

    @Override
    public Integer call() {
        if (weekly) {
            return new WeeklyReportFiles(spec).write(main.settings(), selection.team, selection.rep, week, asOf, outFile, pdfFile, json);
        }
        Instant cutoff = asOf != null ? asOf : Instant.now();
        Instant end = to != null ? to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant() : cutoff;
        Instant start = from != null ? from.atStartOfDay(ZoneOffset.UTC).toInstant() : Period.lastDays(end, 90).from();
        if (!end.isAfter(start)) throw new CommandLine.ParameterException(spec.commandLine(), "--to must not be before --from");
        try (Needle needle = Needle.open(main.settings())) {
            Dataset data = needle.store().dataset();
            Scoped scope = Scoped.of(needle, data, selection.rep, selection.team, spec);
            PerformanceReport report = PerformanceReport.of(data, needle.catalog(), cutoff, new Period(start, end));
            List<RepPerformance> reps = report.reps().stream().filter(rep -> scope.includes(rep.rep())).toList();
            List<TeamPerformance> teams = report.teams().stream()
                    .filter(team -> reps.stream().anyMatch(rep -> rep.team().equals(team.team()))).toList();
            Funnel funnel = Funnel.of(data, cutoff, deal -> scope.includesOwner(deal.ownerId()));
            PrintWriter out = spec.commandLine().getOut();
            if (json) Json.print(out, document(report, reps, teams, funnel, data, needle.catalog()));
            else print(out, report, reps, teams, funnel);
        }
        return 0;
    }

    static Map<String, Object> document(PerformanceReport report, List<RepPerformance> reps, List<TeamPerformance> teams,
                                        Funnel funnel, Dataset data, ActivityCatalog catalog) {
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
            time(line, rep.time(), catalog);
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
            time(line, team.time(), catalog);
            results(line, team.results());
            line.put("quotaAttainment", Numbers.of(team.quotaAttainment()));
            line.put("resultsPerHour", Numbers.of(team.resultsPerHour()));
            line.put("resultsPerHighValueHour", Numbers.of(team.resultsPerHighValueHour()));
            line.put("quadrants", team.quadrants());
            teamLines.add(line);
        }
        document.put("teams", teamLines);
        document.put("funnel", funnel(funnel, data));
        return document;
    }

    private static Map<String, Object> funnel(Funnel funnel, Dataset data) {
        Map<Long, Rep> reps = data.reps().stream().collect(Collectors.toMap(Rep::id, rep -> rep));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asOf", funnel.asOf());
        document.put("stages", funnel.stages());
        document.put("inferredPaths", funnel.inferredPaths());
        document.put("overall", segment(funnel.overall(), null));
        document.put("byRep", funnel.byRep().stream().map(segment -> segment(segment, reps.get(Long.valueOf(segment.key())))).toList());
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

    static void print(PrintWriter out, PerformanceReport report, List<RepPerformance> reps, List<TeamPerformance> teams,
                      Funnel funnel) {
        out.printf("Activities and results, %s to %s (recorded before %s)%n%n", report.period().from(), report.period().to(),
                report.asOf());
        String header = "%-24s %-10s %7s %6s %6s %5s %5s %5s %12s %6s %8s  %s%n";
        out.printf(header, "rep", "team", "hours", "high%", "1st-OC", "opps", "adv", "wins", "won revenue", "empty",
                "res/HVh", "busy vs productive");
        for (RepPerformance rep : reps) {
            out.printf("%-24s %-10s %7.1f %6s %6s %5d %5d %5d %,12.0f %6s %8s  %s%n", Text.cut(rep.rep().name(), 24),
                    Text.cut(rep.rep().team(), 10), rep.time().hours(), Text.percent(rep.time().highValueShare()),
                    Text.percent(rep.time().startedWithOpportunityCreationShare()), rep.results().opportunitiesCreated(),
                    rep.results().stageAdvances(), rep.results().wins(), rep.results().wonRevenue(),
                    Text.percent(rep.time().emptyTouchShare()), Text.decimal(rep.resultsPerHighValueHour()), rep.quadrant());
        }
        out.println();
        for (TeamPerformance team : teams) {
            out.printf("team %-12s %2d reps %8.1f h, %s high-value, %d opportunities, %d advances, %d wins (%,.0f), quadrants %s%n",
                    team.team(), team.reps(), team.time().hours(), Text.percent(team.time().highValueShare()),
                    team.results().opportunitiesCreated(), team.results().stageAdvances(), team.results().wins(),
                    team.results().wonRevenue(), team.quadrants());
        }
        out.printf("%nFunnel (every deal recorded before as-of; %d deals, win rate %s%s)%n", funnel.overall().deals(),
                Text.percent(funnel.overall().winRate()),
                funnel.inferredPaths() > 0 ? "; " + funnel.inferredPaths() + " without stage history, paths inferred" : "");
        out.printf("%-24s %8s %10s %9s %13s%n", "stage", "entered", "converted", "win rate", "days med/P75");
        for (Funnel.Step step : funnel.overall().steps()) {
            out.printf("%-24s %8d %10s %9s %6s/%-6s%n", Text.cut(step.stage(), 24), step.entered(), Text.percent(step.conversion()),
                    Text.percent(step.winRate()), Text.decimal(step.medianDays()), Text.decimal(step.p75Days()));
        }
        out.println("1st-OC: share of working days whose first activity was opportunity creation; res/HVh: opportunities"
                + " + stage advances per high-value hour.");
        out.flush();
    }

    private static void time(Map<String, Object> line, TimeAllocation time, ActivityCatalog catalog) {
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
            entry.put("category", classified.category());
            entry.put("hours", Numbers.of(hours));
            entry.put("share", Numbers.of(hours / time.hours()));
            types.add(entry);
        });
        line.put("hoursByType", types);
        line.put("highValueHours", Numbers.of(time.highValueHours()));
        line.put("highValueShare", Numbers.of(time.highValueShare()));
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
