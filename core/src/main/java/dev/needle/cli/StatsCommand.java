package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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
            else print(out, stats, needle.databaseDescription());
        }
    }

    static void print(PrintWriter out, StoreCounts stats, String database) {
        out.printf("Store: %s%n", database);
        out.printf("  reps            %,10d  (%,d own deals)%n", stats.reps(), stats.sellingReps());
        out.printf("  accounts        %,10d%n", stats.accounts());
        out.printf("  contacts        %,10d%n", stats.contacts());
        out.printf("  leads           %,10d%n", stats.leads());
        out.printf("  deals           %,10d  (%,d open, %,d won, %,d lost)%n", stats.deals(), stats.openDeals(),
                stats.wonDeals(), stats.lostDeals());
        out.printf("  stage changes   %,10d%n", stats.stageChanges());
        out.printf("  activities      %,10d%n", stats.activities());
        out.printf("  next actions    %,10d%n", stats.nextActions());
        out.printf("  calendar events %,10d%n", stats.calendarEvents());
        out.flush();
    }
}
