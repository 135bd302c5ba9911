package dev.needle.ingest.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How a mapping's column names meet a file's header: trimmed, case ignored (Data Loader writes OWNERID or ownerid). */
final class ColumnNames {
    private ColumnNames() {
    }

    static String key(String column) {
        return column.trim().toLowerCase(Locale.ROOT);
    }

    /** Column positions by key; the first of two columns with the same name wins. */
    static Map<String, Integer> index(List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(key(header.get(i)), i);
        return index;
    }
}
