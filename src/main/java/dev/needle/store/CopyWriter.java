package dev.needle.store;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL's bulk path: rows are streamed with {@code COPY} into a temporary staging table, then
 * upserted into the table in one set-based statement when they must become visible ({@link #flush()}).
 * Both run in the import's transaction, so all-or-nothing holds; the staging table goes with it.
 * Rows are copied in chunks of a few megabytes, so memory does not grow with the file and other
 * statements of the import (a placeholder rep, a link lookup) can run between chunks.
 */
final class CopyWriter implements TableWriter {
    private static final int CHUNK_CHARS = 4 << 20;
    /** PostgreSQL's answer when one upsert meets the same key twice: the file repeats a record. */
    private static final String KEY_TWICE = "21000";
    /**
     * From this many staged rows on, the table's foreign keys are dropped for the upsert and added back
     * after it, which checks every row in one join: per-row checks took 60% of the upsert of 230 k
     * activities (9.3 s against 3.7 s without them, 0.24 s to add them back), as PostgreSQL's "Populating
     * a Database" advises. The price: until the import commits, other sessions wait to read the table.
     */
    static final int BULK_ROWS = 50_000;

    private final Connection connection;
    private final Table table;
    private final String staging;
    private final StringBuilder chunk = new StringBuilder();
    private boolean stagingMade;
    private long ordinal;
    private long staged;
    private long written;

    private final int bulkRows;

    CopyWriter(Connection connection, Table table) {
        this(connection, table, BULK_ROWS);
    }

    CopyWriter(Connection connection, Table table, int bulkRows) {
        this.connection = connection;
        this.bulkRows = bulkRows;
        this.table = table;
        this.staging = "needle_staging_" + table.name();
    }

    @Override
    public void add(Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + " takes " + table.columns().size() + " values, not " + values.length);
        }
        for (Object value : values) {
            appendCsv(value);
            chunk.append(',');
        }
        chunk.append(ordinal++).append('\n');
        staged++;
        if (chunk.length() >= CHUNK_CHARS) copyChunk();
    }

    @Override
    public boolean flush() {
        if (staged == 0) return false;
        copyChunk();
        try (Statement statement = connection.createStatement()) {
            if (staged >= bulkRows) {
                List<String> foreignKeys = dropForeignKeys(statement);
                merge(statement);
                for (String constraint : foreignKeys) statement.execute("alter table " + table.name() + " add " + constraint);
            } else {
                merge(statement);
            }
            statement.execute("truncate " + staging);
        } catch (SQLException e) {
            throw new StoreWriteException(table.name(), e);
        }
        written += staged;
        staged = 0;
        return true;
    }

    @Override
    public long written() {
        return written + staged;
    }

    /**
     * The staged rows into the table, by their key. A file that gives one record twice makes the plain
     * upsert fail; then the last of each key is taken, as row-by-row upserts would leave it.
     */
    private void merge(Statement statement) throws SQLException {
        String columns = String.join(", ", table.columns());
        Savepoint beforeMerge = connection.setSavepoint();
        try {
            statement.executeUpdate(upsert("select " + columns + " from " + staging + " where true"));
            connection.releaseSavepoint(beforeMerge);
        } catch (SQLException e) {
            if (!KEY_TWICE.equals(e.getSQLState())) throw e;
            connection.rollback(beforeMerge);
            String keys = String.join(", ", table.keyColumns());
            statement.executeUpdate(upsert("select distinct on (" + keys + ") " + columns + " from " + staging
                    + " where true order by " + keys + ", needle_ordinal desc"));
        }
    }

    /** @return the dropped constraints as {@code constraint name definition}, to add back as they were */
    private List<String> dropForeignKeys(Statement statement) throws SQLException {
        List<String> constraints = new ArrayList<>();
        try (ResultSet found = statement.executeQuery("select conname, pg_get_constraintdef(oid) from pg_constraint"
                + " where conrelid = '" + table.name() + "'::regclass and contype = 'f' order by conname")) {
            while (found.next()) constraints.add("constraint " + found.getString(1) + " " + found.getString(2));
        }
        for (String constraint : constraints) {
            statement.execute("alter table " + table.name() + " drop " + constraint.substring(0, constraint.indexOf(' ', 11)));
        }
        return constraints;
    }

    private String upsert(String select) {
        String updates = table.updatedColumns().stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        // the select ends in a where or order clause: a bare "from staging on conflict" would parse as a join
        return "insert into " + table.name() + " (" + String.join(", ", table.columns()) + ") " + select
                + " on conflict (" + String.join(", ", table.keyColumns()) + ") do update set " + updates;
    }

    private void copyChunk() {
        if (chunk.isEmpty()) return;
        try {
            if (!stagingMade) makeStaging();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy " + staging + " (" + String.join(", ", table.columns()) + ", needle_ordinal) from stdin (format csv)",
                    new StringReader(chunk.toString()));
        } catch (SQLException e) {
            throw new StoreWriteException(table.name(), e);
        } catch (IOException e) {
            throw new StoreWriteException(table.name(), new SQLException(e.getMessage(), e));
        }
        chunk.setLength(0);
    }

    /** The table's columns and types without its constraints; dropped when the import's transaction ends. */
    private void makeStaging() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table " + staging + " on commit drop as select "
                    + String.join(", ", table.columns()) + ", 0::bigint as needle_ordinal from " + table.name() + " with no data");
        }
        stagingMade = true;
    }

    /** CSV as COPY reads it: an unquoted empty field is null, text is always quoted so that "" stays empty. */
    private void appendCsv(Object value) {
        if (value == null) return;
        if (value instanceof String text) {
            chunk.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') chunk.append('"');
                chunk.append(c);
            }
            chunk.append('"');
        } else if (value instanceof Instant instant) {
            chunk.append(instant);
        } else if (value instanceof BigDecimal decimal) {
            chunk.append(decimal.toPlainString());
        } else {
            chunk.append(value); // numbers, booleans, dates: their toString is what COPY reads
        }
    }
}
