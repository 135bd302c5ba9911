package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of what the store holds.")
final class StatsCommand implements Runnable {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption output;

    @Override
    public void run() {
        try (Needle needle = Needle.open(main.settings())) {
            StoreCounts stats = needle.store().stats();
            PrintWriter out = spec.commandLine().getOut();
            if (output.json) Json.print(out, stats);
            else StatsText.print(out, stats, needle.databaseDescription());
        }
    }
}
