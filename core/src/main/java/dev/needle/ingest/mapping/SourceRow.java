package dev.needle.ingest.mapping;

import java.util.Map;

/** One data row of a source file: cells by header name, and where the row starts in the file. */
public record SourceRow(Columns columns, String[] cells, long line) {

    /** @param header column positions keyed by {@link ColumnNames#key}, so columns are found whatever their case */
    public SourceRow(Map<String, Integer> header, String[] cells, long line) {
        this(Columns.of(header), cells, line);
    }

    /** The cell under {@code column}, or null when the file has no such column. */
    public String cell(String column) {
        int index = columns.indexOf(column);
        if (index < 0 || index >= cells.length) return null;
        return cells[index];
    }
}
