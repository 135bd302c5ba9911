package dev.needle.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The little that differs between H2, PostgreSQL and SQLite: where the migrations are, how to
 * insert-or-update by a natural key, and how a stored timestamp reads back.
 */
enum Dialect {
    H2("db/migration/h2-postgresql"),
    POSTGRES("db/migration/h2-postgresql"),
    /** Timestamps, dates and decimals stored as text: {@link SqliteValues}. */
    SQLITE("db/migration/sqlite");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) return H2;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRES;
        if (jdbcUrl.startsWith("jdbc:sqlite:")) return SQLITE;
        throw new UnsupportedDatabaseException("Needle runs on H2, PostgreSQL or SQLite; not on " + jdbcUrl.replaceAll("[?;].*", ""));
    }

    /** The classpath folder of this database's migrations: one history, per-database SQL. */
    String migrations() {
        return "classpath:" + migrations;
    }

    /** An upsert with named parameters {@code :column} for every column. */
    String upsert(String table, List<String> keyColumns, List<String> columns) {
        String names = String.join(", ", columns);
        String values = columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        if (this == H2) {
            return "merge into " + table + " (" + names + ") key (" + String.join(", ", keyColumns) + ") values (" + values + ")";
        }
        // PostgreSQL 9.5+ and SQLite 3.24+ share this form
        String updates = columns.stream().filter(c -> !keyColumns.contains(c))
                .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + names + ") values (" + values + ") on conflict ("
                + String.join(", ", keyColumns) + ") do update set " + updates;
    }

    /** A {@code timestamp with time zone} column (text on SQLite) as an instant; null stays null. */
    Instant instant(ResultSet rs, String column) throws SQLException {
        if (this == SQLITE) return SqliteValues.instant(rs.getString(column));
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A nullable id column: SQLite's driver refuses {@code getObject(column, Long.class)} on a null. */
    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
