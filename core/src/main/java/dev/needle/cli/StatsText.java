package dev.needle.cli;

import dev.needle.store.StoreCounts;

import java.io.PrintWriter;

/** What the store holds, as {@code needle stats} and {@code needle demo} print it. */
final class StatsText {
    private StatsText() {
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
