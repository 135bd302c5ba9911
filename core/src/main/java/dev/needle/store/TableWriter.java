package dev.needle.store;

/**
 * Upserts the rows of one table in bulk, within the import's transaction. Rows are sent when {@link
 * #flush()} is called or enough are pending; until then links to them cannot be resolved.
 */
interface TableWriter {

    /** The bulk path each database has: COPY on PostgreSQL, batches of a prepared upsert on SQLite and H2. */
    static TableWriter of(java.sql.Connection connection, Dialect dialect, Table table) {
        return dialect == Dialect.POSTGRES ? new CopyWriter(connection, table) : new BatchWriter(connection, dialect, table);
    }

    /** One row: a value for each of the table's columns, in their order (null for none). */
    void add(Object... values);

    /** @return true when rows were sent */
    boolean flush();

    long written();

    /** Flushes and puts back what loading dropped (indexes, foreign keys); once, before the import commits. */
    void finish();
}
