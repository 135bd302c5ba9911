package dev.needle.store;

import java.util.List;

/**
 * A table an import writes, with the natural key its rows are upserted by and the columns each row
 * gives, in the order a writer takes their values.
 */
record Table(String name, List<String> keyColumns, List<String> columns) {
    Table {
        keyColumns = List.copyOf(keyColumns);
        columns = List.copyOf(columns);
        if (!columns.containsAll(keyColumns)) throw new IllegalArgumentException(name + ": key columns must be written");
    }

    /** Imported records are keyed by the source system and its id there. */
    static Table keyed(String name, String... columns) {
        List<String> all = new java.util.ArrayList<>(List.of("source", "external_id"));
        all.addAll(List.of(columns));
        return new Table(name, List.of("source", "external_id"), all);
    }

    /** A row a writer takes: one value per column, in their order. */
    void requireRow(Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + " takes " + columns.size() + " values, not " + values.length);
        }
    }

    List<String> updatedColumns() {
        return columns.stream().filter(column -> !keyColumns.contains(column)).toList();
    }
}
