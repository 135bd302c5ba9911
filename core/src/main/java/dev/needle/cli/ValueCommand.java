package dev.needle.cli;

import dev.needle.app.InvalidRequestException;
import dev.needle.app.Needle;
import dev.needle.app.ValueQuery;
import dev.needle.domain.OrgHistory;
import dev.needle.measure.UnitRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
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
        Instant cutoff = moment.asOf != null ? moment.asOf : ValueQuery.cutoffAt(main.clock().instant());
        ValueQuery.Request request;
        try {
            request = new ValueQuery.Request(from, to);
            request.days(cutoff); // refused before the store is opened
        } catch (InvalidRequestException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.message(field -> "--" + field));
        }
        cluster.refuseTeam(team, spec);
        ValueQuery value;
        try (Needle needle = Needle.open(main.settings());
             ClusterOptions.Units units = team == null ? cluster.open(needle, main.settings(), spec)
                     : new ClusterOptions.Units(Scope.history(needle.store(), team, spec), UnitRunner.parallel(), null)) {
            OrgHistory history = units.history();
            value = ValueQuery.run(history, units.runner(), needle.catalog(), cutoff, request);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) Json.print(out, value.document());
        else ValueText.print(out, value.report(), value.chosen().label(), value.chosen().note());
        return 0;
    }
}
