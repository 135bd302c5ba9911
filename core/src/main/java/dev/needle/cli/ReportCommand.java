package dev.needle.cli;

import dev.needle.app.InvalidRequestException;
import dev.needle.app.Needle;
import dev.needle.app.ReportQuery;
import dev.needle.domain.OrgHistory;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Funnel;
import dev.needle.measure.PerformanceReport;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.TeamPerformance;
import dev.needle.measure.ValueReport;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Activities against results per rep and team: where the hours went (by type, value class and",
                "category), what they produced, who is busy but not productive, and the funnel.",
                "Default period: the 90 days up to --as-of (default: now); when the data ends before that, the data's own last 90 days."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    Scope scope;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (default: 90 days before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (default: --as-of).")
    LocalDate to;

    @Mixin
    AsOfOption moment;

    @Mixin
    JsonOption output;

    @Option(names = "--weekly", description = "The weekly team report for the sales leader (with --team): a self-contained HTML page and/or a PDF.")
    boolean weekly;

    @Option(names = "--week", paramLabel = "WEEK", description = "With --weekly: the ISO week to report on, e.g. 2026-W20 (default: the week of --as-of).")
    String week;

    @Option(names = "--out", paramLabel = "FILE.html", description = "With --weekly: where to write the HTML report.")
    java.nio.file.Path outFile;

    @Option(names = "--pdf", paramLabel = "FILE.pdf", description = "With --weekly: where to write the PDF report.")
    java.nio.file.Path pdfFile;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        if (weekly) {
            return new WeeklyReportFiles(spec, main.clock()).write(main.settings(), scope.team(), scope.rep(), week, moment.asOf, outFile, pdfFile, output.json);
        }
        Instant cutoff = moment.orElse(main.clock().instant());
        ReportQuery.Request request;
        try {
            request = new ReportQuery.Request(from, to);
            request.window(cutoff); // refused before the store is opened
        } catch (InvalidRequestException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.message(field -> "--" + field));
        }
        try (Needle needle = Needle.open(main.settings());
             ClusterOptions.Units units = cluster.open(needle, main.settings(), spec)) {
            OrgHistory history = units.history();
            Scoped selected = scope.of(needle, history.reps());
            ReportQuery report = ReportQuery.run(history, units.runner(), needle.catalog(), cutoff, request, selected.repIds());
            PrintWriter out = spec.commandLine().getOut();
            if (output.json) Json.print(out, report.document());
            else print(out, report.report(), report.chosen(), report.reps(), report.teams(), report.funnel(), report.value());
        }
        return 0;
    }

    static void print(PrintWriter out, PerformanceReport report, DefaultPeriod.Chosen chosen, List<RepPerformance> reps,
                      List<TeamPerformance> teams, Funnel funnel, ValueReport value) {
        out.printf("Activities and results, %s (recorded before %s)%n", chosen.label(), Text.when(report.asOf(), chosen.zone()));
        if (chosen.note() != null) out.printf("Note: %s.%n", chosen.note());
        out.println();
        String header = "%-24s %-10s %7s %6s %6s %6s %5s %5s %5s %12s %6s %8s  %s%n";
        out.printf(header, "rep", "team", "hours", "high%", "data%", "1st-OC", "opps", "adv", "wins", "won revenue", "empty",
                "res/HVh", "busy vs productive");
        for (RepPerformance rep : reps) {
            out.printf("%-24s %-10s %7.1f %6s %6s %6s %5d %5d %5d %,12.0f %6s %8s  %s%n", Text.cut(rep.rep().name(), 24),
                    Text.cut(rep.rep().team(), 10), rep.time().hours(), Text.percent(rep.time().highValueShare()),
                    Text.percent(value.highValueShareLearned(rep.time())),
                    Text.percent(rep.time().startedWithOpportunityCreationShare()), rep.results().opportunitiesCreated(),
                    rep.results().stageAdvances(), rep.results().wins(), rep.results().wonRevenue(),
                    Text.percent(rep.time().emptyTouchShare()), Text.decimal(rep.resultsPerHighValueHour()), rep.quadrant());
        }
        out.println();
        for (TeamPerformance team : teams) {
            out.printf("team %-12s %2d reps %8.1f h, %s high-value (%s by the data), %d opportunities, %d advances, %d wins (%,.0f),"
                            + " quadrants %s%n",
                    team.team(), team.reps(), team.time().hours(), Text.percent(team.time().highValueShare()),
                    Text.percent(value.highValueShareLearned(team.time())),
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
        out.println("high%: share of hours on types the catalogue classes HIGH; data%: on types whose measured effect has a"
                + " 95% interval above zero in this team's data (learned over the " + ActivityValue.LEARNING_DAYS
                + " days before as-of, as `needle value` shows).");
        if (!value.disagreements().isEmpty()) {
            out.println("The catalogue and the data disagree on: " + String.join("; ", value.disagreements().stream()
                    .map(type -> type.type() + " (classed " + type.valueClass() + ", by the data " + type.learnedClass().label() + ")")
                    .toList()) + ".");
        }
        out.println("1st-OC: share of working days whose first activity was opportunity creation; res/HVh: opportunities"
                + " + stage advances per high-value hour.");
        out.flush();
    }


}
