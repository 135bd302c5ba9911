package dev.needle.cli;

import dev.needle.app.Cluster;
import dev.needle.app.Needle;
import dev.needle.app.Settings;
import dev.needle.domain.OrgHistory;
import dev.needle.measure.UnitRunner;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --spark} and {@code --parquet}, shared by the analysis commands: where the units are read and
 * run. Without them, the store's units stream on this machine's cores; with them, Spark reads and maps
 * them, and the command prints the same.
 */
final class ClusterOptions {
    @Option(names = "--spark", paramLabel = "MASTER",
            description = "Run the units on Apache Spark: local[*], local[2] or spark://host:7077. Reads a PostgreSQL store (--db) or --parquet.")
    String master;

    @Option(names = "--parquet", paramLabel = "DIR|URL",
            description = "With --spark: read the Parquet files of `needle export --parquet DIR` (a folder, hdfs://…, s3a://…), not the store.")
    String parquet;

    /** The units of the whole store, on the cores or on Spark. */
    Units open(Needle needle, Settings settings, CommandSpec spec) {
        if (master == null) {
            if (parquet != null) throw new ParameterException(spec.commandLine(), "--parquet is read by Spark: give --spark MASTER too");
            return new Units(needle.store().history(), UnitRunner.parallel(), null);
        }
        Cluster.Source source;
        try {
            source = Cluster.Source.of(settings, parquet);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Cluster.Run run = Cluster.provider().open(master, source);
        return new Units(run.history(), run.runner(), run);
    }

    /** Refuses --team with --spark: a team's records are picked out of the whole store in memory, which Spark does not do yet. */
    void refuseTeam(String team, CommandSpec spec) {
        if (team != null && master != null) {
            throw new ParameterException(spec.commandLine(), "--team is not run on Spark yet: leave out --spark, or --team (--rep picks one rep)");
        }
    }

    /** A history and the runner that maps its units; closing ends the Spark session, if any. */
    record Units(OrgHistory history, UnitRunner runner, Cluster.Run cluster) implements AutoCloseable {
        @Override
        public void close() {
            if (cluster != null) cluster.close();
        }
    }
}
