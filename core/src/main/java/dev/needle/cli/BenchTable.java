package dev.needle.cli;

import dev.needle.bench.SizeResult;
import dev.needle.bench.Target;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** `needle bench` as a table: one column per size, each ratio beside the target it is held to. */
final class BenchTable {
    /** Plans and the win model read the whole store into memory; the bench leaves them out past a few million activities. */
    private static final String NOT_RUN = "not run (reads the whole store)";
    private final List<SizeResult> results;
    private final List<String[]> rows = new ArrayList<>();

    private BenchTable(List<SizeResult> results) {
        this.results = results;
    }

    static void print(PrintWriter out, String machine, String importHeap, List<SizeResult> results) {
        BenchTable table = new BenchTable(results);
        table.fill();
        out.println();
        out.printf("needle bench: %s. Single cold runs; each import is a `needle import` process of its own (JVM start%n"
                + "included, -Xmx %s), the analysis one too. Compare ratios within a run, not figures across runs.%n%n",
                machine, importHeap == null ? "the JVM's default" : importHeap);
        table.render(out);
        out.flush();
    }

    private void fill() {
        header();
        row("reps × working days", size -> size.reps() + " × " + size.days(), null);
        row("activities generated", size -> count(size.generated().activities()), null);
        row("DuckDB ingest: CSV rows", size -> count(size.duckDbIngest().rows()), null);
        row("  rows/s", size -> count(size.duckDbIngest().rowsPerSecond()), null);
        row("DuckDB aggregates, s", size -> seconds(size.duckDbAggregates().seconds()), null);
        for (String store : stores()) {
            row(storeName(store) + " import: rows", size -> on(size, store, i -> count(i.rows())), null);
            row("  rows/s", size -> on(size, store, i -> count(i.rowsPerSecond())), null);
            row("  ÷ DuckDB ingest rows/s", size -> on(size, store, i -> ratio(i.overDuckDbIngest(), "%.3f×")), Target.importInto(store));
            row("  peak RSS, MB", size -> on(size, store, i -> i.peakRss() == null ? "?" : ratio(i.peakRss(), "%,.0f")), Target.IMPORT_PEAK_RSS);
        }
        row("analysis (value, report, deals, funnel), s", size -> seconds(size.analysis().seconds()), null);
        row("  of it: walk / value fit / funnel, s", size -> seconds(size.analysis().walkSeconds()) + " / "
                + seconds(size.analysis().valueSeconds()) + " / " + seconds(size.analysis().reportDealsFunnelSeconds()), null);
        row("  ÷ DuckDB aggregate s", size -> ratio(size.analysisOverDuckDb(), "%.1f×"), Target.ANALYSIS);
        row("  peak heap / RSS, MB", size -> count(size.analysis().peakHeapMegabytes()) + " / "
                + (size.analysis().peakRssMegabytes() == null ? "?" : count(size.analysis().peakRssMegabytes())), null);
        row("plans, rep-days/s", size -> size.analysis().plans() == null ? NOT_RUN
                : count(size.analysis().plans().repDaysPerSecond()), null);
        row("win model: train / score, s", size -> size.analysis().prediction() == null ? NOT_RUN
                : seconds(size.analysis().prediction().trainSeconds()) + " / " + seconds(size.analysis().prediction().scoreSeconds()), null);
        if (results.stream().anyMatch(size -> size.spark() != null)) {
            row("Parquet export (for Spark), s", size -> size.spark() == null ? "-" : seconds(size.spark().exportSeconds()), null);
            for (String master : results.stream().filter(size -> size.spark() != null).flatMap(size -> size.spark().runs().stream())
                    .map(SizeResult.SparkRun::master).distinct().toList()) {
                row("Spark " + master + ": analysis, s", size -> spark(size, master, run -> seconds(run.analysis().seconds())
                        + " (" + String.format(java.util.Locale.ROOT, "%.2f×", run.overInProcess()) + " in process)"), null);
                row("  session start / process, s", size -> spark(size, master, run -> seconds(run.sessionSeconds()) + " / "
                        + seconds(run.seconds())), null);
                row("  peak RSS, MB", size -> spark(size, master, run -> run.peakRssMegabytes() == null ? "?" : count(run.peakRssMegabytes())), null);
            }
        }
    }

    private static String spark(SizeResult size, String master, Function<SizeResult.SparkRun, String> cell) {
        if (size.spark() == null) return "-";
        return size.spark().runs().stream().filter(run -> run.master().equals(master)).findFirst().map(cell).orElse("-");
    }

    private void header() {
        String[] header = new String[results.size() + 2];
        header[0] = "";
        for (int i = 0; i < results.size(); i++) header[i + 1] = results.get(i).size();
        header[header.length - 1] = "target";
        rows.add(header);
    }

    private void row(String label, Function<SizeResult, String> cell, Target target) {
        String[] row = new String[results.size() + 2];
        row[0] = label;
        for (int i = 0; i < results.size(); i++) row[i + 1] = cell.apply(results.get(i));
        row[row.length - 1] = target == null ? "" : target.bound();
        rows.add(row);
    }

    private void render(PrintWriter out) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(String.format("%-" + widths[0] + "s", row[0]));
            for (int i = 1; i < row.length - 1; i++) line.append("  ").append(String.format("%" + widths[i] + "s", row[i]));
            line.append("  ").append(row[row.length - 1]);
            out.println(line.toString().stripTrailing());
        }
    }

    private Set<String> stores() {
        Set<String> stores = new LinkedHashSet<>();
        results.forEach(size -> size.imports().forEach(i -> stores.add(i.store())));
        return stores;
    }

    private static String on(SizeResult size, String store, Function<SizeResult.Import, String> cell) {
        return size.imports().stream().filter(i -> i.store().equals(store)).findFirst().map(cell).orElse("");
    }

    /** The figure, and whether it meets its target. */
    private static String ratio(SizeResult.Ratio ratio, String format) {
        return String.format(format, ratio.value()) + (ratio.met() ? " met" : " MISSED");
    }

    private static String storeName(String store) {
        return switch (store) {
            case "sqlite" -> "SQLite";
            case "h2" -> "H2";
            case "postgresql" -> "PostgreSQL";
            default -> store;
        };
    }

    private static String count(long value) {
        return String.format("%,d", value);
    }

    private static String seconds(double value) {
        return String.format("%.2f", value);
    }
}
