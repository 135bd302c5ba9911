package dev.needle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

/**
 * Upserts rows through one prepared statement in JDBC batches, binding values by position. The
 * bulk path of the embedded stores: SQLite runs a prepared statement's batch in native code, so the
 * cost per row is the binding and the B-tree work, nothing in between.
 */
final class BatchWriter implements TableWriter {
    private static final int BATCH_SIZE = 5_000;

    private final Connection connection;
    private final Dialect dialect;
    private final Table table;
    private PreparedStatement statement;
    private int pending;
    private long written;

    BatchWriter(Connection connection, Dialect dialect, Table table) {
        this.connection = connection;
        this.dialect = dialect;
        this.table = table;
    }

    @Override
    public void add(Object... values) {
        if (values.length != table.columns().size()) {
            throw new IllegalArgumentException(table.name() + " takes " + table.columns().size() + " values, not " + values.length);
        }
        try {
            if (statement == null) statement = connection.prepareStatement(upsert());
            for (int i = 0; i < values.length; i++) dialect.bind(statement, i + 1, values[i]);
            statement.addBatch();
        } catch (SQLException e) {
            throw new StoreWriteException(table.name(), e);
        }
        if (++pending >= BATCH_SIZE) flush();
    }

    @Override
    public boolean flush() {
        if (pending == 0) return false;
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StoreWriteException(table.name(), e);
        }
        written += pending;
        pending = 0;
        return true;
    }

    @Override
    public long written() {
        return written + pending;
    }

    private String upsert() {
        String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
        return dialect.upsert(table, marks);
    }
}
