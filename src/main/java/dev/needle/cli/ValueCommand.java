package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.domain.Dataset;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Period;
import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.Estimate;
import dev.needle.measure.ValueReport.TypeValue;
import dev.needle.view.PeriodNote;
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
                "and won revenue per touch and per hour, with 95%% intervals, beside the catalogue's class.",
                "Default period: the year up to --as-of (default: today); when the data ends before that, the data's own last year."})
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
        LocalDate today = asOf != null ? asOf : LocalDate.now(main.clock().withZone(ZoneOffset.UTC));
        LocalDate last = to != null ? to : today;
        LocalDate first = from != null ? from : last.minusYears(1);
        if (first.isAfter(last)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to must not be before --from");
        Instant cutoff = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Period usual = new Period(first.atStartOfDay(ZoneOffset.UTC).toInstant(), last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        ValueReport report;
        DefaultPeriod.Chosen chosen;
        try (Needle needle = Needle.open(main.settings())) {
            Dataset data = Scope.of(needle.store().dataset(), team, today);
            if (team != null && data.reps().isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no team named " + team);
            }
            // value counts whole UTC days, as --from/--to do, whether the window was moved or not
            chosen = from == null && to == null
                    ? DefaultPeriod.choose(data, cutoff, usual, 365, ZoneOffset.UTC)
                    : DefaultPeriod.given(data, cutoff, usual, ZoneOffset.UTC);
            report = ActivityValue.estimate(data, needle.catalog(), chosen.period().from(), chosen.period().to());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) Json.print(out, PeriodNote.add(ValueDocument.of(report), chosen));
        else print(out, report, chosen.label(), chosen.note());
        return 0;
    }




    static void print(PrintWriter out, ValueReport report, String period, String note) {
        out.printf("What each activity type is worth, learned from this team's data (%s)%n", period);
        if (note != null) out.printf("Note: %s.%n", note);
        out.printf("%-22s %-5s %8s %8s  %-24s %-24s %s%n", "type", "class", "count", "hours",
                "opportunities per touch", "advances per touch", "verdict");
        for (TypeValue type : report.types()) {
            out.printf("%-22s %-5s %,8d %8.0f  %-24s %-24s %s%n", Text.cut(type.type(), 22), type.valueClass(),
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
}
