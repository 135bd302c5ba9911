package dev.needle.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.generate.Summary;
import dev.needle.store.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One size of `needle bench`: a synthetic org generated as a Salesforce export; DuckDB's ingest of it and
 * its plain aggregates over it; `needle import` of it into each store, every import a JVM of its own
 * (with {@code importHeap} as its -Xmx when given) so that its peak RSS is its own; and the full analysis
 * of the SQLite store, in a JVM of its own too. Every step is a single cold run, as a user meets it.
 */
public final class Benchmark {
    /** The end of the generated history; fixed, so that runs compare. */
    static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path work;
    private final boolean h2;
    private final String postgresUrl;
    private final String importHeap;
    private final Consumer<String> progress;
    private final List<String> sparkMasters;

    public Benchmark(Path work, boolean h2, String postgresUrl, String importHeap, Consumer<String> progress) {
        this(work, h2, postgresUrl, importHeap, List.of(), progress);
    }

    /** With {@code sparkMasters}, each size's analysis runs on Spark at each of them too. */
    public Benchmark(Path work, boolean h2, String postgresUrl, String importHeap, List<String> sparkMasters, Consumer<String> progress) {
        this.sparkMasters = List.copyOf(sparkMasters);
        this.work = work;
        this.h2 = h2;
        this.postgresUrl = postgresUrl;
        this.importHeap = importHeap;
        this.progress = progress;
    }

    public SizeResult run(BenchSize size, int reps, int days) throws IOException {
        DuckDbBaseline.requireDriver();
        Path dir = Files.createDirectories(work.resolve(size.label().replaceAll("[^A-Za-z0-9.]+", "-")));
        try {
            Path export = dir.resolve("export");
            long start = System.nanoTime();
            Summary generated = new Generator(new GeneratorSettings(reps, days, 1, UNTIL, GeneratorSettings.Style.EXPORT))
                    .writeTo(export, rows -> { });
            double generateSeconds = DuckDbBaseline.seconds(start);
            say("%s: generated %,d reps × %d days = %,d activities in %.1f s", size.label(), reps, days, generated.activities(), generateSeconds);

            DuckDbBaseline.Ingest ingest = DuckDbBaseline.ingest(export, dir.resolve("duckdb.db"));
            Files.deleteIfExists(dir.resolve("duckdb.db"));
            say("%s: DuckDB ingest of %d CSV files: %,d rows in %.2f s = %,d rows/s", size.label(), ingest.tables(), ingest.rows(),
                    ingest.seconds(), ingest.rowsPerSecond());
            DuckDbBaseline.Aggregates aggregates = DuckDbBaseline.aggregates(export);
            say("%s: DuckDB aggregates over the CSVs: %.2f s", size.label(), aggregates.seconds());

            List<SizeResult.Import> imports = new ArrayList<>();
            imports.add(importInto("sqlite", List.of("--home", dir.resolve("sqlite").toString()), export, dir, ingest, size));
            if (h2) {
                // a home holding only H2's file is an H2 home, as those made before SQLite was the default
                Database.h2(dir.resolve("h2")).close();
                imports.add(importInto("h2", List.of("--home", dir.resolve("h2").toString()), export, dir, ingest, size));
            }
            if (postgresUrl != null) {
                try (PostgresSchema schema = PostgresSchema.create(postgresUrl, size.label())) {
                    imports.add(importInto("postgresql", List.of("--db", schema.url()), export, dir, ingest, size));
                }
            }
            AnalysisRun.Result analysis = analyse(dir.resolve("sqlite"), dir.resolve("analysis"));
            SizeResult.Ratio ratio = SizeResult.Ratio.of(Target.ANALYSIS, analysis.seconds() / aggregates.seconds());
            say("%s: analysis of %,d activities: one walk (read + report + deals) %.1f s, value fit %.1f s, funnel %.1f s; total %.1f s = %.1f× DuckDB's"
                            + " aggregates; peak heap %,d MB, peak RSS %s MB", size.label(), analysis.activities(), analysis.walkSeconds(),
                    analysis.valueSeconds(), analysis.reportDealsFunnelSeconds(), analysis.seconds(), ratio.value(), analysis.peakHeapMegabytes(),
                    analysis.peakRssMegabytes() == null ? "?" : String.format("%,d", analysis.peakRssMegabytes()));
            SizeResult.Spark spark = sparkMasters.isEmpty() ? null : onSpark(dir, analysis, size);
            return new SizeResult(size.label(), reps, days, generated, AnalysisRun.round(generateSeconds), ingest, aggregates, imports,
                    analysis, ratio, spark);
        } finally {
            deleteRecursively(dir);
        }
    }

    private SizeResult.Import importInto(String store, List<String> target, Path export, Path dir, DuckDbBaseline.Ingest ingest,
                                         BenchSize size) {
        List<String> args = new ArrayList<>(target);
        args.addAll(List.of("import", export.toString(), "--json", "--calendar-from", "2024-01-01", "--calendar-to", "2026-12-31"));
        List<String> jvm = importHeap == null ? List.of() : List.of("-Xmx" + importHeap);
        ChildJvm.Result run = ChildJvm.run(jvm, "dev.needle.cli.Main", args, dir.resolve("import-" + store));
        if (run.exitCode() != 0) {
            throw new IllegalStateException(store + " import failed (exit " + run.exitCode() + "): " + run.lastError());
        }
        long rows = rowsStored(run.out());
        double rowsPerSecond = rows / run.seconds();
        OptionalLong rss = run.peakRssMegabytes();
        SizeResult.Import result = new SizeResult.Import(store, rows, AnalysisRun.round(run.seconds()), Math.round(rowsPerSecond),
                rss.isPresent() ? rss.getAsLong() : null,
                SizeResult.Ratio.of(Target.importInto(store), rowsPerSecond / ingest.rowsPerSecond()),
                rss.isPresent() ? SizeResult.Ratio.of(Target.IMPORT_PEAK_RSS, rss.getAsLong()) : null);
        say("%s: %s import: %,d rows in %.1f s = %,d rows/s (%.3f× DuckDB's ingest), peak RSS %s MB", size.label(), store, rows,
                run.seconds(), Math.round(rowsPerSecond), result.overDuckDbIngest().value(),
                rss.isPresent() ? String.format("%,d", rss.getAsLong()) : "?");
        return result;
    }

    private AnalysisRun.Result analyse(Path home, Path dir) throws IOException {
        ChildJvm.Result run = ChildJvm.run(ChildJvm.heapOptions(), AnalysisRun.class.getName(),
                List.of(home.toString(), UNTIL.toString()), dir);
        if (run.exitCode() != 0) throw new IllegalStateException("the analysis failed (exit " + run.exitCode() + "): " + run.lastError());
        return JSON.readValue(run.out(), AnalysisRun.Result.class);
    }

    /** The SQLite store exported as Parquet, then the analysis on Spark at each master, each run a JVM of its own. */
    private SizeResult.Spark onSpark(Path dir, AnalysisRun.Result inProcess, BenchSize size) throws IOException {
        Path parquet = dir.resolve("parquet");
        List<String> options = sparkJvmOptions();
        ChildJvm.Result export = ChildJvm.run(options, "dev.needle.cli.Main",
                List.of("--home", dir.resolve("sqlite").toString(), "export", "--parquet", parquet.toString()), dir.resolve("export-parquet"));
        if (export.exitCode() != 0) throw new IllegalStateException("the Parquet export failed (exit " + export.exitCode() + "): " + export.lastError());
        say("%s: Parquet export of the SQLite store: %.1f s", size.label(), export.seconds());
        List<SizeResult.SparkRun> runs = new ArrayList<>();
        for (String master : sparkMasters) {
            List<String> jvm = new ArrayList<>(ChildJvm.heapOptions());
            jvm.addAll(options);
            ChildJvm.Result run = ChildJvm.run(jvm, ClusterAnalysisRun.class.getName(), List.of(parquet.toString(), master, UNTIL.toString()),
                    dir.resolve("spark-" + master.replaceAll("[^A-Za-z0-9]+", "-")));
            if (run.exitCode() != 0) throw new IllegalStateException("the analysis on Spark " + master + " failed (exit " + run.exitCode() + "): " + run.lastError());
            ClusterAnalysisRun.Result result = JSON.readValue(run.out(), ClusterAnalysisRun.Result.class);
            OptionalLong rss = run.peakRssMegabytes();
            double ratio = Math.round(result.analysis().seconds() / inProcess.seconds() * 100) / 100.0;
            runs.add(new SizeResult.SparkRun(master, AnalysisRun.round(run.seconds()), rss.isPresent() ? rss.getAsLong() : null,
                    result.sessionSeconds(), result.analysis(), ratio));
            say("%s: Spark %s: analysis %.1f s (walk %.1f s) = %.2f× in process; session start %.1f s; process %.1f s, peak RSS %s MB",
                    size.label(), master, result.analysis().seconds(), result.analysis().walkSeconds(), ratio, result.sessionSeconds(),
                    run.seconds(), rss.isPresent() ? String.format("%,d", rss.getAsLong()) : "?");
            if (result.analysis().activities() != inProcess.activities() || result.analysis().openDeals() != inProcess.openDeals()) {
                throw new IllegalStateException("Spark " + master + " analysed " + result.analysis().activities() + " activities and "
                        + result.analysis().openDeals() + " deals, in process " + inProcess.activities() + " and " + inProcess.openDeals());
            }
        }
        return new SizeResult.Spark(AnalysisRun.round(export.seconds()), runs);
    }

    /** The module options Spark needs on Java 17, as ./needle gives this JVM (needle.spark.java.options). */
    private static List<String> sparkJvmOptions() {
        String options = System.getProperty("needle.spark.java.options", "");
        return java.util.Arrays.stream(options.split(" ")).filter(option -> !option.isBlank()).toList();
    }

    /** The rows `needle import --json` reports stored: every file's, once the import committed. */
    static long rowsStored(String importReport) {
        try {
            JsonNode report = JSON.readTree(importReport);
            if (!report.path("committed").asBoolean()) throw new IllegalStateException("the import did not commit");
            long rows = 0;
            for (JsonNode file : report.path("files")) rows += file.path("stored").asLong();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void say(String format, Object... args) {
        progress.accept(String.format(format, args));
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
