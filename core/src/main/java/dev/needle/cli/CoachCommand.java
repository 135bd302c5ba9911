package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.coach.PeriodSpec;
import dev.needle.coach.Coach;
import dev.needle.coach.CoachingDocument;
import dev.needle.coach.CoachingPoint;
import dev.needle.coach.RepCoaching;
import dev.needle.domain.OrgHistory;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.Analyses;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Period;
import dev.needle.measure.RecordTimes;
import dev.needle.measure.UnitRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "coach", mixinStandardHelpOptions = true,
        description = {"The few changes that would matter most for a rep (or every rep of a team), each a plain sentence",
                "with the numbers behind it and the expected effect from the learned activity values.",
                "Default period: the 90 days up to --as-of (default: now); when the data ends before that, the data's own last 90 days."})
final class CoachCommand implements Callable<Integer> {
    private static final int WIDTH = 100;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    Scope scope;

    @Mixin
    PeriodOption period;

    @Mixin
    AsOfOption moment;

    @Option(names = "--all", description = "Every point the rules found, not only the top " + RepCoaching.TOP + ".")
    boolean all;

    @Mixin
    JsonOption output;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        scope.required();
        Instant cutoff = moment.orElse(main.clock().instant());
        Period window = period.orElse(PeriodSpec.DEFAULT, cutoff).upTo(cutoff);
        List<RepCoaching> coaching;
        DefaultPeriod.Chosen chosen;
        try (Needle needle = Needle.open(main.settings());
             ClusterOptions.Units units = cluster.open(needle, main.settings(), spec)) {
            OrgHistory history = units.history();
            UnitRunner runner = units.runner();
            Scoped selected = scope.of(needle, history.reps());
            ZoneId zone = DefaultPeriod.zoneOf(history.reps().stream().filter(selected::includes).toList());
            chosen = !period.given() ? DefaultPeriod.choose(RecordTimes.of(history, runner, cutoff, zone), cutoff, window, DefaultPeriod.DAYS, zone)
                    : DefaultPeriod.given(RecordTimes.of(history, runner, cutoff, ZoneOffset.UTC), window, ZoneOffset.UTC);
            Analyses.Results walked = Analyses.inOneWalk(history, runner, needle.catalog(), cutoff, chosen.period());
            coaching = Coach.coach(walked.report(), ActivityValue.learnedBefore(walked.value(), needle.catalog(), cutoff), walked.hygiene())
                    .stream().filter(rep -> selected.includes(rep.rep())).toList();
            if (coaching.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "nothing recorded for the selected reps from "
                        + chosen.label() + (chosen.note() != null ? ": " + chosen.note() : ""));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) Json.print(out, CoachingDocument.of(coaching, chosen, cutoff));
        else print(out, coaching, chosen, cutoff, all);
        return 0;
    }

    static void print(PrintWriter out, List<RepCoaching> reps, DefaultPeriod.Chosen chosen, Instant asOf, boolean all) {
        out.printf("Coaching for %s (recorded before %s)%n", chosen.label(), Text.when(asOf, chosen.zone()));
        if (chosen.note() != null) out.printf("Note: %s.%n", chosen.note());
        for (RepCoaching rep : reps) {
            out.printf("%n%s (%s, %s)%n", rep.rep().name(), rep.team(), rep.quadrant());
            if (rep.benchmark() != null) {
                out.printf("  compared with the team's top performers: %s (top quartile by results per hour of %d reps, %s)%n",
                        String.join(", ", rep.benchmark().topPerformers()), rep.benchmark().peers(), rep.benchmark().peerGroup());
            }
            for (String line : wrap(rep.highValue().words(), WIDTH)) out.println("  " + line);
            if (rep.note() != null) out.println("  " + rep.note());
            else if (rep.ranked().isEmpty()) out.println("  Nothing to change: no rule found a gap against the top performers.");
            List<CoachingPoint> shown = all ? rep.ranked() : rep.top();
            for (int index = 0; index < shown.size(); index++) {
                for (String line : wrap((index + 1) + ". " + shown.get(index).sentence(), WIDTH)) out.println("  " + line);
            }
            int more = rep.ranked().size() - shown.size();
            if (more > 0) out.printf("  (%d more: --all shows them)%n", more);
        }
        out.flush();
    }

    /** Breaks a sentence into lines of at most {@code width} characters, later lines indented under the text. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder("   ");
            }
            if (line.length() > 0 && !line.toString().isBlank()) line.append(' ');
            line.append(word);
        }
        if (!line.toString().isBlank()) lines.add(line.toString());
        return lines;
    }
}
