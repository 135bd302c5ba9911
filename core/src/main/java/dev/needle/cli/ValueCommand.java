package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.app.ValueQuery;
import dev.needle.domain.OrgHistory;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.UnitRunner;
import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.Estimate;
import dev.needle.measure.ValueReport.TypeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

    @Mixin
    AsOfOption moment;

    @Option(names = "--team", paramLabel = "TEAM", description = "Learn from this team's records only.")
    String team;

    @Mixin
    JsonOption output;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        // without --as-of: through the end of today (UTC), as value counts whole days
        Instant cutoff = moment.asOf != null ? moment.asOf
                : LocalDate.now(main.clock().withZone(ZoneOffset.UTC)).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        LocalDate today = LocalDate.ofInstant(cutoff.minusNanos(1), ZoneOffset.UTC);
        if (from != null && (to != null ? to : today).isBefore(from)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--to must not be before --from");
        }
        cluster.refuseTeam(team, spec);
        ValueQuery value;
        try (Needle needle = Needle.open(main.settings());
             ClusterOptions.Units units = team == null ? cluster.open(needle, main.settings(), spec)
                     : new ClusterOptions.Units(Scope.history(needle.store(), team, spec), UnitRunner.parallel(), null)) {
            OrgHistory history = units.history();
            value = ValueQuery.run(history, units.runner(), needle.catalog(), cutoff, from, to);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) Json.print(out, value.document());
        else print(out, value.report(), value.chosen().label(), value.chosen().note());
        return 0;
    }

    static void print(PrintWriter out, ValueReport report, String period, String note) {
        out.printf("What each activity type is worth, learned from this team's data (%s)%n", period);
        if (note != null) out.printf("Note: %s.%n", note);
        out.printf("%-22s %-5s %-18s %8s %8s  %-24s %-24s %-24s %s%n", "type", "class", "learned class", "count", "hours",
                "opportunities per touch", "advances per valuable", "advances per empty", "verdict");
        for (TypeValue type : report.types()) {
            out.printf("%-22s %-5s %-18s %,8d %8.0f  %-24s %-24s %-24s %s%n", Text.cut(type.type(), 22), type.valueClass(),
                    type.learnedClass().label(), type.activities(), type.hours(),
                    format(type.opportunitiesPerTouch(), type.accountTouches()),
                    format(type.advancesPerValuableTouch(), type.dealTouches() - type.emptyTouches()),
                    format(type.advancesPerEmptyTouch(), type.emptyTouches()), type.note());
        }
        out.println();
        if (!report.disagreements().isEmpty()) {
            out.println("The catalogue and this team's data disagree on: " + String.join("; ", report.disagreements().stream()
                    .map(type -> type.type() + " (classed " + type.valueClass() + ", by the data "
                            + type.learnedClass().label() + ")").toList()));
        }
        printReplies(out, report);
        out.println("Valuable vs empty touches: " + report.valuableVsEmpty().finding());
        out.println("Per touch: the results one touch of that type brings; 95% intervals in brackets. Learned class: HIGH when"
                + " a printed interval lies above zero; \"thin\": fewer than " + ActivityValue.MIN_TOUCHES
                + " touches of that kind, not judged.");
        out.flush();
    }

    /** Replies from the buyer per outbound touch, for the types whose touches say whether they were answered (mail). */
    static void printReplies(PrintWriter out, ValueReport report) {
        List<TypeValue> answerable = report.types().stream().filter(type -> type.replies() != null).toList();
        if (answerable.isEmpty()) return;
        out.println("Replies from the buyer per outbound touch that could be answered:");
        for (TypeValue type : answerable) {
            out.printf("  %-22s %s (%,d replies to %,d touches)%n", Text.cut(type.type(), 22),
                    number(type.replies().perTouch()), type.replies().replies(), type.replies().touches());
        }
    }

    /** An effect as printed: only when measured from enough touches of its kind, so a verdict never rests on a hidden figure. */
    static String format(Estimate estimate, long touches) {
        if (estimate == null || touches == 0) return "-";
        if (touches < ActivityValue.MIN_TOUCHES) return "thin (" + touches + " touches)";
        return String.format(java.util.Locale.ROOT, "%s [%s, %s]", number(estimate.value()), number(estimate.low()),
                number(estimate.high()));
    }

    /** Three decimals, more for small numbers so an interval above zero never prints as 0.000 (estimates are kept to a millionth). */
    static String number(double value) {
        if (value == 0 || Math.abs(value) >= 0.01) return String.format(java.util.Locale.ROOT, "%.3f", value);
        int decimals = Math.min(6, Math.max(3, 1 - (int) Math.floor(Math.log10(Math.abs(value)))));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
    }
}
