package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;
import dev.needle.measure.DealHealth;
import dev.needle.measure.DealHygiene;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.HygieneReport;
import dev.needle.measure.UnitRunner;
import dev.needle.view.DealsDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "deals", mixinStandardHelpOptions = true,
        description = {"Open deals and their hygiene flags: NO_NEXT_ACTION, OVERDUE_NEXT_ACTION, NO_BUYER_VALUE,",
                "NO_NEXT_MEETING, STALLED, LOW_QUALITY, with the pipeline value each flag affects.",
                "--flag lists only the deals with that flag; the totals cover every open deal of the selection."})
final class DealsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    Scope scope;

    @Option(names = "--flag", paramLabel = "FLAG", description = "Only deals with this flag (repeatable: any of them). One of: ${COMPLETION-CANDIDATES}.")
    List<HygieneFlag> flags = new ArrayList<>();

    @Mixin
    AsOfOption moment;

    @Mixin
    JsonOption output;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Override
    public Integer call() {
        Instant cutoff = moment.orElse(main.clock().instant());
        cluster.refuseTeam(scope.team(), spec);
        // Without a team the store's units stream and are checked on every core (or on Spark). A team's deals are
        // checked against the whole store, not the team's part of it (a stage's threshold falls back on every
        // team's deals), read into memory as before.
        boolean streamed = scope.team() == null;
        try (Needle needle = Needle.open(main.settings());
             ClusterOptions.Units units = streamed ? cluster.open(needle, main.settings(), spec)
                     : new ClusterOptions.Units(needle.store().dataset().history(), UnitRunner.sequential(), null)) {
            OrgHistory history = units.history();
            Scoped selected = scope.of(needle, history.reps());
            HygieneReport report = DealHygiene.check(history, units.runner(), needle.catalog(), cutoff)
                    .only(deal -> selected.includesOwner(deal.deal().ownerId()));
            List<DealHealth> listed = DealsDocument.listed(report, flags);
            Map<Long, Rep> reps = history.reps().stream().collect(Collectors.toMap(Rep::id, Function.identity()));
            PrintWriter out = spec.commandLine().getOut();
            if (output.json) Json.print(out, DealsDocument.of(report, listed, reps));
            else DealsText.print(out, report, listed, reps,
                    dev.needle.measure.DefaultPeriod.zoneOf(history.reps().stream().filter(selected::includes).toList()));
        }
        return 0;
    }
}
