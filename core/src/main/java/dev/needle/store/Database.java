package dev.needle.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * A migrated database: an embedded SQLite file by default, PostgreSQL when given its JDBC URL, and the
 * H2 file of homes made before SQLite was the default. Opening runs the versioned migrations, so every
 * store Needle touches has the current schema.
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
     * SQLITE_BUSY when it upgrades a read. An import is one transaction, so other writes (an API
     * write, needle token revoke) wait for it and fail after busy_timeout when it takes longer; reads
     * never wait. Foreign keys are enforced as on H2 and PostgreSQL.
     */
    static final int SQLITE_BUSY_TIMEOUT_MS = 5000;
    private static final Map<String, String> SQLITE_SETTINGS = Map.of(
            "journal_mode", "WAL",
            "synchronous", "FULL",
            "foreign_keys", "true",
            "busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS),
            "transaction_mode", "IMMEDIATE",
            // 64 MB of page cache per connection instead of 2 MB: imports look up and update indexes everywhere
            "cache_size", "-65536",
            // the journal each upsert keeps so that it alone can be undone lives in memory, not in a file under
            // /var/tmp: on disk it cost some six page writes (system calls) per imported row
            "temp_store", "MEMORY");
    /** A write-ahead log larger than this after a killed import is folded back into the file on open. */
    static final long LARGE_WAL_BYTES = 64L << 20;
    /** The embedded stores' file names under the home. */
    public static final String SQLITE_FILE = "needle.db";
    public static final String H2_FILE = "needle.mv.db";
    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Jdbi jdbi;
    private final String description;
    private final Path file;

    private Database(HikariDataSource dataSource, Dialect dialect, String description, Path file) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
        if (dialect == Dialect.SQLITE) SqliteValues.register(jdbi);
        jdbi.setTransactionHandler(new BusyStoreTransactions(jdbi.getTransactionHandler()));
        this.description = description;
        this.file = file;
    }

    /**
     * The embedded H2 file database {@code needle.mv.db} under {@code home}. AUTO_SERVER: the first
     * process to open it serves it to the others over a local TCP port, so a CLI command works beside a
     * running {@code needle serve}. WRITE_DELAY=0: H2 otherwise writes a commit to the file within 500 ms,
     * and a kill -9 of the server lost acknowledged API writes in every cycle of the store soak test
     * (docs/store-soak.md); with 0 it lost none.
     */
    public static Database h2(Path home) {
        Path file = home.toAbsolutePath().resolve("needle");
        // MODE=PostgreSQL is not used: the schema is portable and upserts are per dialect
        try {
            // H2 refuses AUTO_SERVER with DB_CLOSE_ON_EXIT=FALSE: its own shutdown hook closes the file
            return open("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;CACHE_SIZE=" + H2_CACHE_KB, null, null);
        } catch (UnableToOpenDatabaseException e) {
            if (!e.getMessage().contains("locked")) throw e;
            throw new UnableToOpenDatabaseException(e.getMessage() + "; another Needle process (needle serve?) uses "
                    + home + ": stop it first, or share a PostgreSQL database with --db", e);
        }
    }

    /**
     * The embedded SQLite file {@code needle.db} under {@code home}; other processes (a CLI command
     * beside needle serve) may open it at the same time. A large write-ahead log left by a killed
     * import is checkpointed and truncated first, so its space comes back.
     */
    public static Database sqlite(Path home) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UnableToOpenDatabaseException("cannot create " + home + ": " + e.getMessage(), e);
        }
        Database database = open("jdbc:sqlite:" + home.toAbsolutePath().resolve(SQLITE_FILE), null, null);
        if (StoreMaintenance.walBytes(database) > LARGE_WAL_BYTES) StoreMaintenance.checkpointIfIdle(database);
        return database;
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
            if (!schemaIsCurrent(dataSource, dialect)) {
                Flyway.configure().dataSource(dialect == Dialect.SQLITE ? sqliteForMigrations(jdbcUrl) : dataSource)
                        .locations(dialect.migrations()).load().migrate();
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw new UnableToOpenDatabaseException("cannot migrate " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        return new Database(dataSource, dialect, redact(jdbcUrl), file(dialect, jdbcUrl));
    }

    /**
     * Whether the store's migration history ends, without a failed step, at the newest migration on the
     * class path. Then Flyway is not started: scanning the class path and validating every applied
     * migration's checksum took about half of a short command's run (needle stats). Anything else (a
     * fresh database, a failed or newer migration, a file named otherwise than V{n}__) goes to Flyway,
     * which applies, validates or refuses as always. What only Flyway's validation would notice is an
     * applied migration edited since: released migrations are never edited (MigrationsTest pins their checksums).
     */
    private static boolean schemaIsCurrent(DataSource dataSource, Dialect dialect) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return schemaIsCurrent(connection, dialect);
        } catch (java.sql.SQLException e) {
            return false; // Flyway will say what is wrong
        }
    }

    static boolean schemaIsCurrent(java.sql.Connection connection, Dialect dialect) {
        OptionalInt newest = Migrations.newest(dialect);
        if (newest.isEmpty()) return false;
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet history = statement.executeQuery(
                     "select \"version\", \"success\" from \"flyway_schema_history\"")) {
            int applied = 0;
            while (history.next()) {
                String version = history.getString(1);
                if (!history.getBoolean(2)) return false;
                if (version == null) continue;
                if (!version.matches("\\d{1,9}")) return false;
                applied = Math.max(applied, Integer.parseInt(version));
            }
            return applied == newest.getAsInt();
        } catch (java.sql.SQLException e) {
            return false; // no history table yet: a fresh database
        }
    }

    /**
     * Flyway wraps even its reads in transactions; BEGIN IMMEDIATE would make every command wait for a
     * running import (and fail after busy_timeout) before it could read. Deferred transactions take the
     * write lock only when a migration writes.
     */
    private static DataSource sqliteForMigrations(String jdbcUrl) {
        Properties settings = new Properties();
        SQLITE_SETTINGS.forEach(settings::setProperty);
        settings.setProperty("transaction_mode", "DEFERRED");
        SQLiteDataSource dataSource = new SQLiteDataSource(new SQLiteConfig(settings));
        dataSource.setUrl(jdbcUrl);
        return dataSource;
    }

    /** The embedded store's main file; null on PostgreSQL. */
    private static Path file(Dialect dialect, String jdbcUrl) {
        return switch (dialect) {
            case SQLITE -> Path.of(jdbcUrl.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", "")).toAbsolutePath();
            case H2 -> !jdbcUrl.startsWith("jdbc:h2:file:") ? null : Path.of(jdbcUrl.substring("jdbc:h2:file:".length()).replaceFirst(";.*", "") + ".mv.db").toAbsolutePath();
            case POSTGRES -> null;
        };
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    Dialect dialect() {
        return dialect;
    }

    /** A connection of the pool, for statements JDBI cannot run (one that closes the database under it). */
    java.sql.Connection connection() throws java.sql.SQLException {
        return dataSource.getConnection();
    }

    /** The embedded store's main file (SQLite, H2); null for PostgreSQL. */
    Path file() {
        return file;
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
