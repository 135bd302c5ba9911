package dev.needle.app;

import dev.needle.domain.OrgHistory;
import dev.needle.measure.UnitRunner;

import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * The analyses' units run on a cluster instead of this machine's cores: the same unit functions, another
 * runner. The runner lives in the needle-spark module, found on the class path, so that needle.jar does not
 * carry Spark; {@code ./needle} puts it there when a command is given {@code --spark}.
 */
public final class Cluster {
    private Cluster() {
    }

    /**
     * Where the cluster reads the history: the PostgreSQL store, or the Parquet files of {@code needle export
     * --parquet} at a path or URL the cluster can read (a folder, {@code hdfs://…}, {@code s3a://…}).
     */
    public record Source(String jdbcUrl, String user, String password, String parquet) {
        public static Source of(Settings settings, String parquet) {
            if (parquet != null) return new Source(null, null, null, parquet);
            if (settings.embedded() || !settings.databaseUrl().startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("Spark reads a PostgreSQL store (--db jdbc:postgresql://…) or Parquet files"
                        + " (--parquet DIR, written by needle export --parquet); the embedded store is on this machine only");
            }
            return new Source(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(), null);
        }
    }

    /** A session on a cluster: the history as the cluster reads it, and a runner that maps its units there. */
    public interface Run extends AutoCloseable {
        OrgHistory history();

        UnitRunner runner();

        @Override
        void close();
    }

    /** What a cluster module provides (a {@link ServiceLoader} service). */
    public interface Provider {
        /** A session on {@code master} ({@code local[*]}, {@code spark://host:7077}; null: the master spark-submit gave). */
        Run open(String master, Source source);

        /** Writes the store's history as Parquet files under {@code directory}, one folder per table. */
        long exportParquet(OrgHistory history, Path directory);
    }

    /** The provider on the class path, or an error that says how to get one. */
    public static Provider provider() {
        return ServiceLoader.load(Provider.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "Spark is not on the class path: run ./needle from a source checkout (it builds needle-spark and adds Spark"
                        + " when a command has --spark), or submit needle-spark.jar with spark-submit (see README)"));
    }
}
