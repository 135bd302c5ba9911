package dev.needle.ingest.mapping;

import java.util.List;
import java.util.Map;

/**
 * What recognition looks at: a file's name, its header and its first data rows. Columns are found
 * case-insensitively, because the same export comes with {@code OwnerId}, {@code OWNERID} or {@code ownerid}.
 */
public record FileSample(String name, List<String> header, List<String[]> firstRows, Map<String, Integer> columns) {
    static final int ROWS = 5;

    public FileSample {
        header = List.copyOf(header);
        firstRows = List.copyOf(firstRows.subList(0, Math.min(ROWS, firstRows.size())));
        columns = Map.copyOf(columns);
    }

    public static FileSample of(String name, List<String> header, List<String[]> firstRows) {
        return new FileSample(name, header, firstRows, ColumnNames.index(header));
    }

    boolean hasColumn(String column) {
        return columns.containsKey(ColumnNames.key(column));
    }

    /** The first non-blank value of a column among the sampled rows. */
    String firstValue(String column) {
        Integer at = columns.get(ColumnNames.key(column));
        if (at == null) return null;
        for (String[] row : firstRows) {
            if (at < row.length && row[at] != null && !row[at].isBlank()) return row[at].trim();
        }
        return null;
    }
}
