package dev.needle.bench;

import dev.needle.generate.Summary;

import java.util.List;

/** Everything one size of `needle bench` measured, with the ratios the targets are stated in. */
public record SizeResult(String size, int reps, int days, Summary generated, double generateSeconds,
                         DuckDbBaseline.Ingest duckDbIngest, DuckDbBaseline.Aggregates duckDbAggregates,
                         List<Import> imports, AnalysisRun.Result analysis, Ratio analysisOverDuckDb, Spark spark) {

    /**
     * The same analysis on Spark (with --spark), from the Parquet export of the SQLite store: the export's
     * time, then per master the whole process (JVM and session start included) and the analysis alone.
     */
    public record Spark(double exportSeconds, List<SparkRun> runs) {
    }

    public record SparkRun(String master, double seconds, Long peakRssMegabytes, double sessionSeconds, AnalysisRun.Result analysis,
                           double overInProcess) {
    }

    /** One store's import: the whole `needle import` process, JVM start included, as a user waits for it. */
    public record Import(String store, long rows, double seconds, long rowsPerSecond, Long peakRssMegabytes,
                         Ratio overDuckDbIngest, Ratio peakRss) {
    }

    /** A measured figure beside the target it is held to. */
    public record Ratio(double value, String target, boolean met) {
        static Ratio of(Target target, double value) {
            // three decimals: imports far from their aim are hundredths of DuckDB's speed
            return new Ratio(Math.round(value * 1000) / 1000.0, target.bound(), target.metBy(value));
        }
    }
}
