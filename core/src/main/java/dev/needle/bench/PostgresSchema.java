package dev.needle.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A schema of the benchmark's own in the PostgreSQL database it is given, so that every size imports
 * into an empty store and the database is left as it was: made (again, after a killed run) before the
 * import, dropped after.
 */
final class PostgresSchema implements AutoCloseable {
    private final String url;
    private final String name;

    private PostgresSchema(String url, String name) {
        this.url = url;
        this.name = name;
    }

    static PostgresSchema create(String url, String sizeLabel) {
        String name = "needle_bench_" + sizeLabel.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(java.util.Locale.ROOT);
        PostgresSchema schema = new PostgresSchema(url, name);
        schema.execute("drop schema if exists " + name + " cascade", "create schema " + name);
        return schema;
    }

    /** The URL that makes the schema the default of every connection, Flyway's history included. */
    String url() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    @Override
    public void close() {
        execute("drop schema if exists " + name + " cascade");
    }

    private void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            for (String sql : statements) statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url.replaceAll("(?i)(password=)[^&]*", "$1***") + ": " + e.getMessage(), e);
        }
    }
}
