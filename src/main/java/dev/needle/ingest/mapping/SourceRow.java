package dev.needle.ingest.mapping;

import java.util.Map;

/**
 * One data row of a source file: cells by header name, and where the row starts in the file.
 * {@code header} is keyed by {@link ColumnNames#key}, so columns are found whatever their case.
 */
public record SourceRow(Map<String, Integer> header, String[] cells, long line) {

    /** The cell under {@code column}, or null when the file has no such column. */
    public String cell(String column) {
        Integer index = header.get(ColumnNames.key(column));
        if (index == null || index >= cells.length) return null;
        return cells[index];
    }
}
