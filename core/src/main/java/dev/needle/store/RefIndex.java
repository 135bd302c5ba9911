package dev.needle.store;

import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Needle ids of one table's rows by (source, external id), and optionally by lower-cased email or
 * name: the keys other rows link by. Loaded per source on first use and again after new rows land.
 */
final class RefIndex {
    private final String table;
    private final String[] alternateKeyColumns;
    private final Map<String, Map<String, Long>> bySource = new HashMap<>();

    RefIndex(String table, String... alternateKeyColumns) {
        this.table = table;
        this.alternateKeyColumns = alternateKeyColumns;
    }

    Long find(Handle handle, String source, String ref) {
        if (ref == null || ref.isBlank()) return null;
        Map<String, Long> ids = bySource.computeIfAbsent(source, s -> load(handle, s));
        Long id = ids.get(ref);
        return id != null ? id : ids.get(alternate(ref));
    }

    void remember(String source, String externalId, long id) {
        Map<String, Long> ids = bySource.get(source);
        if (ids != null) ids.put(externalId, id);
    }

    void invalidate() {
        bySource.clear();
    }

    private Map<String, Long> load(Handle handle, String source) {
        Map<String, Long> ids = new HashMap<>();
        String columns = alternateKeyColumns.length == 0 ? "" : ", " + String.join(", ", alternateKeyColumns);
        handle.createQuery("select id, external_id" + columns + " from " + table + " where source = :source")
                .bind("source", source)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    // alternates first, so that an external id always wins over another row's name
                    for (String column : alternateKeyColumns) {
                        String value = rs.getString(column);
                        if (value != null && !value.isBlank()) ids.putIfAbsent(alternate(value), id);
                    }
                    ids.put(rs.getString("external_id"), id);
                    return id;
                })
                .forEach(id -> { });
        return ids;
    }

    /** Alternate keys live in the same map under a prefix no external id has. */
    private static String alternate(String value) {
        return "\u0000" + value.trim().toLowerCase(Locale.ROOT);
    }
}
