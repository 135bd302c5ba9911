package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.bench.DuckDbBaseline;
import dev.needle.bench.HeapPeak;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.predict.WinModel;
import dev.needle.predict.WinProbability;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.Datasets;
import dev.needle.measure.DealHygiene;
import dev.needle.measure.HygieneReport;
import dev.needle.measure.PerformanceReport;
import dev.needle.measure.Period;
import dev.needle.plan.PlanBenchmark;
import dev.needle.plan.WorkingDays;
import dev.needle.measure.ValueReport;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.generate.GeneratorSettings;
import dev.needle.generate.Summary;
import dev.needle.ingest.ImportOptions;
import dev.needle.ingest.ImportProgress;
import dev.needle.ingest.ImportReport;
import dev.needle.ingest.ImportSession;
import dev.needle.ingest.mapping.MappingLibrary;
import dev.needle.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Measures what users wait for. Numbers are wall-clock on this machine, single runs after nothing
 * warmed up — the situation of a user running an import — so compare ratios within one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks: generates a synthetic org and imports it into a fresh embedded SQLite store (the default),",
                "with --h2 into embedded H2 and with --postgres into an empty PostgreSQL database; reports rows per second."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--reps", defaultValue = "200", description = "Reps (default ${DEFAULT-VALUE}: over a million activities).")
    int reps;

    @Option(names = "--days", defaultValue = "250", description = "Working days (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--postgres", paramLabel = "JDBC_URL", description = "An empty PostgreSQL database to import into as well.")
    String postgres;

    @Option(names = "--h2", description = "Import into a fresh embedded H2 as well (the store of homes made before SQLite).")
    boolean h2;

    @Option(names = "--json", description = "Print the results as one JSON document.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("needle-bench-");
        try {
            Map<String, Object> results = new LinkedHashMap<>();
            LocalDate until = LocalDate.of(2026, 6, 30);
            long start = System.nanoTime();
            Summary summary = GenerateCommand.generate(
                    new GeneratorSettings(reps, days, 1, until, GeneratorSettings.Style.EXPORT), work.resolve("export"));
            double generateSeconds = seconds(start);
            results.put("generated", summary);
            results.put("generateSeconds", round(generateSeconds));
            progress(out, "generated %,d activities in %.1f s", summary.activities(), generateSeconds);

            List<Map<String, Object>> imports = new ArrayList<>();
            if (h2) imports.add(importInto("h2", Database.h2(work.resolve("h2")), work.resolve("export"), out));
            if (postgres != null) imports.add(importInto("postgresql", Database.open(postgres, null, null), work.resolve("export"), out));
            try (Needle needle = Needle.using(Database.sqlite(work.resolve("sqlite")), ActivityCatalog.defaults())) {
                imports.add(0, importInto("sqlite", needle, work.resolve("export"), out));
                results.put("imports", imports);
                results.put("analysis", analyse(needle, until, work.resolve("export"), out));
            }
            results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, max heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB, Java " + System.getProperty("java.version"));
            if (json) Json.print(out, results);
            return 0;
        } finally {
            deleteRecursively(work);
        }
    }

    private Map<String, Object> importInto(String name, Database database, Path export, PrintWriter out) {
        try (Needle needle = Needle.using(database, ActivityCatalog.defaults())) {
            return importInto(name, needle, export, out);
        }
    }

    /**
     * Needle's analyses over the imported store (loading it included) against DuckDB's plain
     * aggregates over the same export files: seconds, peak heap and their ratio.
     */
    private Map<String, Object> analyse(Needle needle, LocalDate until, Path export, PrintWriter out) {
        Instant to = until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant from = until.minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        HeapPeak.reset();
        long start = System.nanoTime();
        Dataset data = Datasets.asOf(needle.store().dataset(), to);
        double loadSeconds = seconds(start);
        long valueStart = System.nanoTime();
        ValueReport value = ActivityValue.estimate(data, needle.catalog(), from, to);
        double valueSeconds = seconds(valueStart);
        long reportStart = System.nanoTime();
        PerformanceReport report = PerformanceReport.of(data, needle.catalog(), to, new Period(from, to));
        HygieneReport hygiene = DealHygiene.check(data, needle.catalog(), to);
        double reportSeconds = seconds(reportStart);
        double needleSeconds = seconds(start);
        long peak = HeapPeak.megabytes();
        Map<String, Object> plans = plans(needle, data, until);
        Map<String, Object> prediction = prediction(data, to);
        long duckStart = System.nanoTime();
        long duckRows = DuckDbBaseline.run(export);
        double duckSeconds = seconds(duckStart);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("activities", data.activities().size());
        result.put("loadSeconds", round(loadSeconds));
        result.put("valueSeconds", round(valueSeconds));
        result.put("reportAndDealsSeconds", round(reportSeconds));
        result.put("reps", report.reps().size());
        result.put("openDeals", hygiene.deals().size());
        result.put("needleSeconds", round(needleSeconds));
        result.put("peakHeapMegabytes", peak);
        result.put("valueTypes", value.types().size());
        result.put("duckDbSeconds", round(duckSeconds));
        result.put("duckDbRows", duckRows);
        result.put("needleOverDuckDb", round(needleSeconds / duckSeconds));
        result.put("plans", plans);
        result.put("prediction", prediction);
        progress(out, "analysis of %,d activities: load %.1f s, value %.1f s, report + deals %.1f s; total %.1f s, peak heap %,d MB",
                data.activities().size(), loadSeconds, valueSeconds, reportSeconds, needleSeconds, peak);
        progress(out, "DuckDB plain aggregates (hours by rep and type, opportunities by rep) over the CSVs: %.2f s; ratio %.1f",
                duckSeconds, needleSeconds / duckSeconds);
        return result;
    }

    /** The win model learned from every deal closed by the end of the history, then every open deal scored. */
    private Map<String, Object> prediction(Dataset data, Instant asOf) {
        long start = System.nanoTime();
        WinModel model = WinModel.train(data, asOf);
        double trainSeconds = seconds(start);
        List<Deal> open = data.deals().stream().filter(Deal::isOpen).toList();
        long scoreStart = System.nanoTime();
        List<WinProbability> scored = model.score(open, asOf);
        double scoreSeconds = seconds(scoreStart);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("deals", data.deals().size());
        result.put("trainingDeals", model.trainingWon() + model.trainingLost());
        result.put("fallback", !model.usesLearnedModel());
        result.put("trainSeconds", round(trainSeconds));
        result.put("scoredDeals", scored.size());
        result.put("scoreSeconds", round(scoreSeconds));
        progress(spec.commandLine().getOut(), "win model: trained on %,d closed deals (of %,d) in %.1f s%s; scored %,d open deals in %.2f s",
                model.trainingWon() + model.trainingLost(), data.deals().size(), trainSeconds,
                model.usesLearnedModel() ? "" : " (the stage baseline: " + model.decision().reason() + ")", scored.size(), scoreSeconds);
        return result;
    }

    /** Every rep's day planned for the five working days after the history ends, from the loaded store. */
    private Map<String, Object> plans(Needle needle, Dataset data, LocalDate until) {
        Map<Long, List<dev.needle.domain.CalendarEvent>> calendars = new java.util.HashMap<>();
        Instant from = until.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (dev.needle.domain.Rep rep : data.reps()) {
            calendars.put(rep.id(), needle.store().calendarEvents(rep.id(), from, from.plus(java.time.Duration.ofDays(14))));
        }
        PlanBenchmark.Result run = PlanBenchmark.run(data, calendars, WorkingDays.next(until), 5);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("repDays", run.repDays());
        result.put("indexSeconds", round(run.indexSeconds()));
        result.put("planSeconds", round(run.planSeconds()));
        result.put("repDaysPerSecond", Math.round(run.repDaysPerSecond()));
        progress(spec.commandLine().getOut(), "plans: %,d rep-days in %.2f s (+ %.2f s to index the store) = %,d rep-days/s",
                run.repDays(), run.planSeconds(), run.indexSeconds(), Math.round(run.repDaysPerSecond()));
        return result;
    }

    private Map<String, Object> importInto(String name, Needle needle, Path export, PrintWriter out) {
        if (needle.store().stats().deals() > 0) {
            throw new IllegalStateException(name + " database is not empty: give an empty one, the benchmark imports into it");
        }
        ImportOptions options = new ImportOptions(false, null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        long start = System.nanoTime();
        ImportReport report;
        try (ImportSession session = needle.store().beginImport()) {
            report = needle.importer(MappingLibrary.shipped()).run(List.of(export), options, session, ImportProgress.NONE);
        }
        double elapsed = seconds(start);
        if (!report.committed()) throw new IllegalStateException(name + " import failed: " + report.errors().get(0));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("store", name);
        result.put("rows", report.rowsStored());
        result.put("seconds", round(elapsed));
        result.put("rowsPerSecond", Math.round(report.rowsStored() / elapsed));
        progress(out, "%s: imported %,d rows in %.1f s = %,d rows/s", name, report.rowsStored(), elapsed,
                Math.round(report.rowsStored() / elapsed));
        return result;
    }

    private void progress(PrintWriter out, String format, Object... args) {
        PrintWriter target = json ? spec.commandLine().getErr() : out;
        target.printf(format + "%n", args);
        target.flush();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
