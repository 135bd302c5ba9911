package dev.needle.spark;

import dev.needle.app.Cluster;
import dev.needle.domain.OrgHistory;
import dev.needle.measure.UnitRunner;
import org.apache.spark.sql.SparkSession;

/** A Spark session with the history it reads and the runner that maps its units. */
final class SparkRun implements Cluster.Run {
    private final SparkSession spark;
    private final SparkHistory history;

    SparkRun(SparkSession spark, Cluster.Source source) {
        this.spark = spark;
        this.history = new SparkHistory(new Tables(spark, source, 2 * spark.sparkContext().defaultParallelism()));
    }

    @Override
    public OrgHistory history() {
        return history;
    }

    @Override
    public UnitRunner runner() {
        return new SparkRunner();
    }

    @Override
    public void close() {
        spark.stop();
    }
}
