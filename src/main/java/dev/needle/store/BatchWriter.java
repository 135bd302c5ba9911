package dev.needle.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.util.Map;

/** Upserts rows of one table in JDBC batches; {@link #flush()} sends what is pending. */
final class BatchWriter {
    private static final int BATCH_SIZE = 2_000;

    private final Handle handle;
    private final String sql;
    private PreparedBatch batch;
    private int pending;
    private long written;

    BatchWriter(Handle handle, String sql) {
        this.handle = handle;
        this.sql = sql;
    }

    void add(Map<String, ?> row) {
        if (batch == null) batch = handle.prepareBatch(sql);
        batch.bindMap(row).add();
        if (++pending >= BATCH_SIZE) flush();
    }

    /** @return true when rows were sent */
    boolean flush() {
        if (pending == 0) return false;
        batch.execute();
        written += pending;
        pending = 0;
        batch = null;
        return true;
    }

    long written() {
        return written + pending;
    }
}
