package dev.needle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a team could get from DuckDB over the same Salesforce export, and what `needle bench` holds
 * Needle against: its ingest of every CSV into a database file, and the plain aggregates (hours by rep
 * and activity type, opportunities by rep) over the CSVs. Each is timed from opening its connection to
 * closing it (which checkpoints the file), after the driver has unpacked and loaded its native library
 * once: a cost of the JDBC driver (about 70 MB written to the temporary folder), not of DuckDB's work.
 */
public final class DuckDbBaseline {
    static final String DRIVER = "org.duckdb.DuckDBDriver";

    private DuckDbBaseline() {
    }

    /** Rows stored and how long it took. */
    public record Ingest(long rows, int tables, double seconds) {
        public long rowsPerSecond() {
            return Math.round(rows / seconds);
        }
    }

    /** Rows the aggregates produced and how long it took. */
    public record Aggregates(long rows, double seconds) {
    }

    /** Fails, with where the driver should be, when it is not on the class path: needle.jar leaves it out. */
    public static void requireDriver() {
        try {
            Class.forName(DRIVER, false, DuckDbBaseline.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new DuckDbMissingException();
        }
    }

    /** Every CSV of the export into a table of a new DuckDB file {@code database}, as DuckDB reads it. */
    public static Ingest ingest(Path export, Path database) {
        requireDriver();
        loadNativeLibrary();
        List<Path> files = csvFiles(export);
        long rows = 0;
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            for (Path file : files) {
                String table = "\"" + file.getFileName().toString().replaceFirst("\\.csv$", "").replace("\"", "") + "\"";
                statement.execute("create table " + table + " as select * from read_csv(" + literal(file) + ", header = true)");
                try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                    count.next();
                    rows += count.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB ingest failed: " + e.getMessage(), e);
        }
        return new Ingest(rows, files.size(), seconds(start));
    }

    /** The aggregates over the export folder's CSVs, in an in-memory DuckDB. */
    public static Aggregates aggregates(Path export) {
        requireDriver();
        loadNativeLibrary();
        String folder = export.toAbsolutePath().toString().replace("'", "''");
        String[] queries = {
                // completed tasks: calls carry their duration; the rest count as rows (Salesforce records no duration)
                "select OwnerId, Type, count(*) as activities, sum(coalesce(CallDurationInSeconds, 0)) / 3600.0 as hours "
                        + "from read_csv('" + folder + "/Task.csv', header = true) where cast(IsClosed as varchar) in ('1', 'true') group by all",
                "select OwnerId, Type, count(*) as activities, sum(DurationInMinutes) / 60.0 as hours "
                        + "from read_csv('" + folder + "/Event.csv', header = true) group by all",
                "select OwnerId, count(*) as opportunities from read_csv('" + folder + "/Opportunity.csv', header = true) group by all"};
        long rows = 0;
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            for (String query : queries) {
                try (ResultSet result = statement.executeQuery(query)) {
                    while (result.next()) rows++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB baseline failed: " + e.getMessage(), e);
        }
        return new Aggregates(rows, seconds(start));
    }

    private static void loadNativeLibrary() {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB does not start: " + e.getMessage(), e);
        }
    }

    private static List<Path> csvFiles(Path export) {
        try (Stream<Path> files = Files.list(export)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
