package dev.needle.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

import java.nio.file.Path;

/**
 * A migrated database: embedded H2 by default, PostgreSQL when given its JDBC URL. Opening runs the
 * versioned migrations, so every store Needle touches has the current schema.
 */
public final class Database implements AutoCloseable {
    /**
     * H2's page cache: its 16 MB default thrashes on imports of a million rows in one transaction;
     * an eighth of the heap, up to 256 MB, leaves the rest to the analyses.
     */
    private static final long H2_CACHE_KB = Math.max(16 * 1024, Math.min(256 * 1024, Runtime.getRuntime().maxMemory() / 8 / 1024));
    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final Jdbi jdbi;
    private final String description;

    private Database(HikariDataSource dataSource, Dialect dialect, String description) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.jdbi = Jdbi.create(dataSource);
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

    public static Database open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.of(jdbcUrl);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) config.setUsername(user);
        if (password != null) config.setPassword(password);
        config.setMaximumPoolSize(dialect == Dialect.H2 ? 4 : 8);
        config.setPoolName("needle");
        if (dialect == Dialect.POSTGRES) config.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new UnableToOpenDatabaseException("cannot open " + redact(jdbcUrl) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
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
