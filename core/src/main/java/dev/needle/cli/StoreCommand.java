package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.store.StoreMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** {@code needle store compact}: the store's upkeep. Backups are {@code needle backup} and {@code needle restore}. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "The embedded store's upkeep.",
        subcommands = StoreCommand.Compact.class)
final class StoreCommand {
    @ParentCommand
    Main main;

    @Command(name = "compact", mixinStandardHelpOptions = true,
            description = {"Gives back the space a killed import left: SQLite folds its log into the file and VACUUMs;",
                    "H2 shuts down compacting. Prints the store's size before and after. On PostgreSQL: VACUUM FULL."})
    static final class Compact implements Runnable {
        @ParentCommand
        StoreCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (Needle needle = Needle.open(parent.main.settings())) {
                StoreMaintenance.Compaction compaction = StoreMaintenance.compact(needle.database());
                PrintWriter out = spec.commandLine().getOut();
                out.println("compacted " + needle.databaseDescription() + ": " + compaction.before().megabytes()
                        + " before, " + compaction.after().megabytes() + " after");
                out.flush();
            }
        }
    }
}
