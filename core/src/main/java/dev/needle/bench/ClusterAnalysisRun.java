package dev.needle.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.app.Cluster;
import dev.needle.catalog.ActivityCatalog;

import java.io.IOException;
import java.time.LocalDate;

/**
 * The analysis {@link AnalysisRun#analyse} runs, on a cluster: {@code ClusterAnalysisRun PARQUET MASTER UNTIL}
 * reads the Parquet files of {@code needle export --parquet} on Spark at MASTER and prints the result with
 * the session's start, as one JSON document. Run in a JVM of its own, as the in-process analysis is.
 */
public final class ClusterAnalysisRun {
    private ClusterAnalysisRun() {
    }

    /** One master's run: the session's start apart from the analysis, which is timed as the in-process one is. */
    public record Result(String master, double sessionSeconds, AnalysisRun.Result analysis) {
    }

    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Result result;
        try (Cluster.Run run = Cluster.provider().open(args[1], new Cluster.Source(null, null, null, args[0]))) {
            double session = AnalysisRun.round(DuckDbBaseline.seconds(start));
            result = new Result(args[1], session, AnalysisRun.analyse(run.history(), run.runner(), ActivityCatalog.defaults(),
                    LocalDate.parse(args[2])));
        }
        new ObjectMapper().writeValue(System.out, result);
        System.out.flush();
    }
}
