package dev.needle.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Upserts rows through one prepared statement in JDBC batches, binding values by position. The
 * bulk path of the embedded stores: SQLite runs a prepared statement's batch in native code, so the
 * cost per row is the binding and the B-tree work, nothing in between.
 */
final class BatchWriter implements TableWriter {
    private static final int BATCH_SIZE = 5_000;
    private static final Pattern INDEX_NAME = Pattern.compile("(?i)^\\s*create\\s+(?:unique\\s+)?index\\s+(?:if\\s+not\\s+exists\\s+)?(\\S+)");

    private final Connection connection;
    private final Dialect dialect;
    private final Table table;
    private PreparedStatement statement;
    private final List<String> deferredIndexes = new ArrayList<>();
    private int pending;
    private long sentSinceFlush;
    private long written;

    BatchWriter(Connection connection, Dialect dialect, Table table) {
        this.connection = connection;
        this.dialect = dialect;
        this.table = table;
    }

    @Override
    public void add(Object... values) {
        table.requireRow(values);
        try {
            if (statement == null) {
                if (dialect == Dialect.SQLITE) deferIndexesOfAnEmptyTable();
                statement = connection.prepareStatement(upsert());
            }
            for (int i = 0; i < values.length; i++) dialect.bind(statement, i + 1, values[i]);
            statement.addBatch();
        } catch (SQLException e) {
            throw new StoreWriteException(table.name(), e);
        }
        if (++pending >= BATCH_SIZE) send();
    }

    /** Sends what is pending; @return true when rows were sent since the last flush */
    @Override
    public boolean flush() {
        send();
        boolean sent = sentSinceFlush > 0;
        sentSinceFlush = 0;
        return sent;
    }

    @Override
    public void finish() {
        flush();
        if (deferredIndexes.isEmpty()) return;
        try (Statement ddl = connection.createStatement()) {
            boolean onDisk = sortOnDisk(ddl, true);
            for (String index : deferredIndexes) ddl.execute(index);
            if (onDisk) sortOnDisk(ddl, false);
        } catch (SQLException e) {
            throw new StoreWriteException(table.name(), e);
        }
        deferredIndexes.clear();
    }

    /**
     * With {@code temp_store=MEMORY} (set for imports: see Database) SQLite's sorter never spills, so
     * building an index of ten million rows sorted them all in the process's memory (RSS 1.4 GB). For the
     * builds it is switched to files, which SQLite allows inside a transaction while the connection has no
     * temporary tables; when it has, the builds sort in memory as before (false).
     */
    private static boolean sortOnDisk(Statement ddl, boolean onDisk) throws SQLException {
        try {
            ddl.execute("pragma temp_store = " + (onDisk ? "FILE" : "MEMORY"));
            return true;
        } catch (SQLException e) {
            if (!onDisk) throw e;
            return false;
        }
    }

    @Override
    public long written() {
        return written + pending;
    }

    private void send() {
        if (pending == 0) return;
        try {
            statement.executeBatch();
        } catch (SQLException e) {
            throw new StoreWriteException(table.name(), e);
        }
        written += pending;
        sentSinceFlush += pending;
        pending = 0;
    }

    /**
     * Loading an empty table, the indexes beside its key are dropped and built when the import ends: a
     * sorted build is cheaper than keeping three B-trees in order row by row (about 30% of a first import of
     * activities into SQLite). DDL is part of the transaction, so a rolled-back import leaves them as they were,
     * and readers on other connections keep seeing the committed store, indexes and all.
     */
    private void deferIndexesOfAnEmptyTable() throws SQLException {
        try (Statement query = connection.createStatement()) {
            try (ResultSet rows = query.executeQuery("select exists (select 1 from " + table.name() + ")")) {
                if (rows.next() && rows.getBoolean(1)) return;
            }
            // the unique key has no SQL of its own (it is the table's constraint) and stays: upserts need it
            try (ResultSet indexes = query.executeQuery("select sql from sqlite_master where type = 'index' and tbl_name = '"
                    + table.name() + "' and sql is not null order by name")) {
                while (indexes.next()) deferredIndexes.add(indexes.getString(1));
            }
            for (String index : deferredIndexes) query.execute("drop index " + indexName(index));
        }
    }

    private static String indexName(String createIndex) {
        Matcher name = INDEX_NAME.matcher(createIndex);
        if (!name.find()) throw new IllegalStateException("no index name in " + createIndex);
        return name.group(1);
    }

    private String upsert() {
        String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
        return dialect.upsert(table, marks);
    }
}
