package dev.needle.store;

import java.util.List;
import java.util.stream.Collectors;

/** The little SQL that differs between H2 and PostgreSQL: how to insert-or-update by a natural key. */
enum Dialect {
    H2, POSTGRES;

    static Dialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) return H2;
        if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRES;
        throw new UnsupportedDatabaseException("Needle runs on H2 or PostgreSQL; not on " + jdbcUrl.replaceAll("[?;].*", ""));
    }

    /** An upsert with named parameters {@code :column} for every column. */
    String upsert(String table, List<String> keyColumns, List<String> columns) {
        String names = String.join(", ", columns);
        String values = columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        if (this == H2) {
            return "merge into " + table + " (" + names + ") key (" + String.join(", ", keyColumns) + ") values (" + values + ")";
        }
        String updates = columns.stream().filter(c -> !keyColumns.contains(c))
                .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + names + ") values (" + values + ") on conflict ("
                + String.join(", ", keyColumns) + ") do update set " + updates;
    }
}
