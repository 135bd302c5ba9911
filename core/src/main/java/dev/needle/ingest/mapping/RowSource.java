package dev.needle.ingest.mapping;

import java.util.Iterator;

/** The raw rows of one table file, header and blank rows included, in file order. */
interface RowSource extends Iterator<TableRow>, AutoCloseable {
    @Override
    void close();
}
