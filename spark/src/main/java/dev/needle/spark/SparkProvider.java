package dev.needle.spark;

import dev.needle.app.Cluster;
import dev.needle.domain.OrgHistory;

import java.nio.file.Path;

/** Needle on Spark, as {@code needle.jar} finds it on the class path. */
public final class SparkProvider implements Cluster.Provider {
    @Override
    public Cluster.Run open(String master, Cluster.Source source) {
        return new SparkRun(Sessions.open(master), source);
    }

    @Override
    public long exportParquet(OrgHistory history, Path directory) {
        var spark = Sessions.open("local[*]");
        try {
            return new ParquetExport(spark, directory).write(history);
        } finally {
            spark.stop();
        }
    }
}
