package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.domain.Dataset;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.Estimate;
import dev.needle.measure.ValueReport.TypeValue;
import dev.needle.view.ValueDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

@Command(name = "value", mixinStandardHelpOptions = true,
        description = {"What each activity type is worth in this team's own data: opportunities created, stage advances",
                "and won revenue per touch and per hour, with 95% intervals, beside the catalogue's class."})
final class ValueCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "First day to learn from (default: a year before --to).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day to learn from (default: --as-of, or today).")
    LocalDate to;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Use only what was recorded up to this day.")
    LocalDate asOf;

    @Option(names = "--team", paramLabel = "TEAM", description = "Only this team's reps.")
    String team;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        LocalDate last = to != null ? to : asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
        LocalDate first = from != null ? from : last.minusYears(1);
        Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        ValueReport report;
        try (Needle needle = Needle.open(main.settings())) {
            Dataset data = Scope.of(needle.store().dataset(), team, asOf);
            if (team != null && data.reps().isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no team named " + team);
            }
            report = ActivityValue.estimate(data, needle.catalog(), start, end);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) Json.print(out, ValueDocument.of(report));
        else print(out, report, first, last);
        return 0;
    }




    static void print(PrintWriter out, ValueReport report, LocalDate first, LocalDate last) {
        out.printf("What each activity type is worth, learned from this team's data (%s to %s)%n", first, last);
        out.printf("%-22s %-5s %8s %8s  %-24s %-24s %s%n", "type", "class", "count", "hours",
                "opportunities per touch", "advances per touch", "verdict");
        for (TypeValue type : report.types()) {
            out.printf("%-22s %-5s %,8d %8.0f  %-24s %-24s %s%n", abbreviate(type.type(), 22), type.valueClass(),
                    type.activities(), type.hours(), format(type.opportunitiesPerTouch()),
                    format(type.advancesPerValuableTouch()), type.note());
        }
        out.println();
        out.println("Valuable vs empty touches: " + report.valuableVsEmpty().finding());
        out.println("Per touch: the results one touch of that type brings (advances: per valuable touch); 95% intervals in brackets.");
        out.flush();
    }

    static String format(Estimate estimate) {
        if (estimate == null) return "-";
        return String.format("%.3f [%.3f, %.3f]", estimate.value(), estimate.low(), estimate.high());
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
