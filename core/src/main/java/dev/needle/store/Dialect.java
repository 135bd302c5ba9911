package dev.needle.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    /** Inserts a row of {@code table} from {@code values} (placeholders or a select list), or updates the row its key finds. */
    String upsert(Table table, String values) {
        String names = String.join(", ", table.columns());
        String keys = String.join(", ", table.keyColumns());
        if (this == H2) return "merge into " + table.name() + " (" + names + ") key (" + keys + ") values (" + values + ")";
        // PostgreSQL 9.5+ and SQLite 3.24+ share this form
        String updates = table.updatedColumns().stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        return "insert into " + table.name() + " (" + names + ") values (" + values + ") on conflict (" + keys + ") do update set " + updates;
    }

    /**
     * Binds a value of an imported row by position. Instants go in as UTC timestamps; on SQLite,
     * which has no such types, instants, dates and decimals go in as {@link SqliteValues} text.
     */
    void bind(PreparedStatement statement, int position, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(position, Types.NULL);
        } else if (value instanceof String text) {
            statement.setString(position, text);
        } else if (value instanceof Long number) {
            statement.setLong(position, number);
        } else if (value instanceof Integer number) {
            statement.setInt(position, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(position, flag);
        } else if (this == SQLITE) {
            statement.setString(position, SqliteValues.text(value));
        } else if (value instanceof Instant instant) {
            statement.setObject(position, instant.atOffset(ZoneOffset.UTC));
        } else {
            statement.setObject(position, value);
        }
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
