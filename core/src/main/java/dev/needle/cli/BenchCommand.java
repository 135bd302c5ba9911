package dev.needle.cli;

import dev.needle.bench.BenchDocument;
import dev.needle.bench.BenchSize;
import dev.needle.bench.Benchmark;
import dev.needle.bench.DuckDbBaseline;
import dev.needle.bench.SizeResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * Measures what users wait for, beside DuckDB on the same export in the same run. Numbers are
 * wall-clock on this machine, single runs after nothing warmed up — the situation of a user running an
 * import — so compare ratios within one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks: for each size, generates a synthetic org, has DuckDB ingest it and aggregate it, imports it",
                "into a fresh embedded SQLite store (the default; with --h2 into H2 too, with --postgres into PostgreSQL too),",
                "each import a process of its own, and runs the full analysis; prints rows/s, peak RSS and the ratios to DuckDB",
                "the targets are stated in. Needs DuckDB's driver in target/bench-lib/ (./needle bench adds it)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "SIZES", description = "Sizes in logged activities, e.g. 100k,1m,10m (at --days working days).")
    String sizes;

    @Option(names = "--reps", description = "One size of this many reps (default 200: over a million activities); not with --sizes.")
    Integer reps;

    @Option(names = "--days", defaultValue = "250", description = "Working days (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--postgres", paramLabel = "JDBC_URL", description = "A PostgreSQL database to import into as well, in a schema of the bench's own, dropped after.")
    String postgres;

    @Option(names = "--h2", description = "Import into a fresh embedded H2 as well (the store of homes made before SQLite).")
    boolean h2;

    @Option(names = "--import-heap", paramLabel = "SIZE", description = "Each import's -Xmx, e.g. 512m (default: the JVM's).")
    String importHeap;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Run the analysis on Spark too (local[2], spark://host:7077), and on local[1] for the scaling; from a Parquet export of the SQLite store.")
    String spark;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() throws IOException {
        List<Run> runs = runs();
        if (importHeap != null && !importHeap.matches("\\d+[kKmMgG]?")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--import-heap takes a heap size such as 512m or 2g, not '" + importHeap + "'");
        }
        DuckDbBaseline.requireDriver();
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("needle-bench-");
        try {
            Benchmark benchmark = new Benchmark(work, h2, postgres, importHeap, sparkMasters(), this::progress);
            List<SizeResult> results = new ArrayList<>();
            for (Run run : runs) results.add(benchmark.run(run.size(), run.reps(), days));
            if (output.json) Json.print(out, BenchDocument.of(machine(), importHeap, results));
            else BenchTable.print(out, machine(), importHeap, results);
            return 0;
        } finally {
            deleteRecursively(work);
        }
    }

    /** --spark MASTER, with local[1] before it: the scaling from one executor core to the master's. */
    private List<String> sparkMasters() {
        if (spark == null) return List.of();
        return spark.equals("local[1]") ? List.of(spark) : List.of("local[1]", spark);
    }

    record Run(BenchSize size, int reps) {
    }

    /** --sizes, or the one size --reps (default 200) makes at --days. */
    List<Run> runs() {
        if (days < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--days must be at least 1");
        if (sizes != null && reps != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --sizes or --reps, not both");
        }
        if (sizes == null) {
            int count = reps == null ? 200 : reps;
            if (count < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--reps must be at least 1");
            return List.of(new Run(BenchSize.ofReps(count, days), count));
        }
        List<BenchSize> parsed;
        try {
            parsed = BenchSize.parseList(sizes);
        } catch (BenchSize.InvalidBenchSizeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sizes: " + e.getMessage());
        }
        if (parsed.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "--sizes: give at least one size, e.g. 100k");
        return parsed.stream().map(size -> new Run(size, size.reps(days))).toList();
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version");
    }

    private void progress(String line) {
        PrintWriter target = output.json ? spec.commandLine().getErr() : spec.commandLine().getOut();
        target.println(line);
        target.flush();
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
