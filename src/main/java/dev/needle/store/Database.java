package dev.needle.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A migrated database: embedded H2 by default, an embedded SQLite file or PostgreSQL when given its
 * JDBC URL. Opening runs the versioned migrations, so every store Needle touches has the current schema.
 */
public final class Database implements AutoCloseable {
    /**
     * H2's page cache: its 16 MB default thrashes on imports of a million rows in one transaction;
     * an eighth of the heap, up to 256 MB, leaves the rest to the analyses.
     */
    private static final long H2_CACHE_KB = Math.max(16 * 1024, Math.min(256 * 1024, Runtime.getRuntime().maxMemory() / 8 / 1024));
    /**
     * SQLite's connection settings. WAL: readers (needle serve) and the one writer (an import, a CLI
     * command, an API write) run side by side, also across processes. synchronous=FULL: a commit is
     * on disk, in the WAL, when it returns, so it survives power loss, not only a killed process
     * (NORMAL would be enough for that); Needle commits once per import and once per API write, so the
     * fsync per commit costs next to nothing. BEGIN IMMEDIATE: a write transaction takes the write
     * lock when it starts, so two writers queue for up to busy_timeout instead of one failing with
     * SQLITE_BUSY when it upgrades a read. Foreign keys are enforced as on H2 and PostgreSQL.
     */
    private static final Map<String, String> SQLITE_SETTINGS = Map.of(
            "journal_mode", "WAL",
            "synchronous", "FULL",
            "foreign_keys", "true",
            "busy_timeout", "5000",
            "transaction_mode", "IMMEDIATE",
            // 64 MB of page cache per connection instead of 2 MB: imports look up and update indexes everywhere
            "cache_size", "-65536");
    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Jdbi jdbi;
    private final String description;

    private Database(HikariDataSource dataSource, Dialect dialect, String description) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        if (dialect == Dialect.SQLITE) SqliteValues.register(jdbi);
        this.description = description;
    }

    /** The embedded H2 file database under {@code home}. */
    public static Database embedded(Path home) {
        Path file = home.toAbsolutePath().resolve("needle");
        // MODE=PostgreSQL is not used: the schema is portable and upserts are per dialect
        try {
            return open("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + H2_CACHE_KB, null, null);
        } catch (UnableToOpenDatabaseException e) {
            // the embedded database admits one process at a time: most often a running `needle serve`
            if (!e.getMessage().contains("locked")) throw e;
            throw new UnableToOpenDatabaseException(e.getMessage() + "; another Needle process (needle serve?) uses "
                    + home + ": stop it first, or share a PostgreSQL database with --db", e);
        }
    }

    /**
     * The embedded SQLite file {@code needle.db} under {@code home}; unlike H2's file, other processes
     * (a CLI command beside needle serve) may open it at the same time.
     */
    public static Database sqlite(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UnableToOpenDatabaseException("cannot create " + home + ": " + e.getMessage(), e);
        }
        return open("jdbc:sqlite:" + home.toAbsolutePath().resolve("needle.db"), null, null);
    }

    public static Database open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) config.setUsername(user);
        if (password != null) config.setPassword(password);
        // SQLite: readers run beside the one writer; more connections would only queue for the write lock
        config.setMaximumPoolSize(dialect == Dialect.POSTGRES ? 8 : 4);
        config.setPoolName("needle");
        if (dialect == Dialect.POSTGRES) config.addDataSourceProperty("reWriteBatchedInserts", "true");
        if (dialect == Dialect.SQLITE) SQLITE_SETTINGS.forEach(config::addDataSourceProperty);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new UnableToOpenDatabaseException("cannot open " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations(dialect.migrations()).load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new UnableToOpenDatabaseException("cannot migrate " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        return new Database(dataSource, dialect, redact(jdbcUrl));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    Dialect dialect() {
        return dialect;
    }

    /** The JDBC URL without credentials, for messages. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage();
    }
}
