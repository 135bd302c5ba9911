package dev.needle.ingest.mapping;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A file's header as a row reads it: the position of a column by name, case and surrounding spaces ignored.
 * A mapping names the same few columns on every row, so their spellings are resolved once per file and found
 * by the name itself (whose hash a constant string keeps); any other name is looked up by its key.
 */
final class Columns {
    private static final int ABSENT = -1;

    private final Map<String, Integer> byKey;
    private final Map<String, Integer> bySpelling;

    private Columns(Map<String, Integer> byKey, Map<String, Integer> bySpelling) {
        this.byKey = byKey;
        this.bySpelling = bySpelling;
    }

    /** @param byKey column positions keyed by {@link ColumnNames#key} */
    static Columns of(Map<String, Integer> byKey) {
        return new Columns(Map.copyOf(byKey), Map.of());
    }

    /** The same header with {@code spellings} (a mapping's column names as written) resolved in advance. */
    Columns resolving(Collection<String> spellings) {
        Map<String, Integer> resolved = new HashMap<>();
        for (String spelling : spellings) resolved.put(spelling, byKey.getOrDefault(ColumnNames.key(spelling), ABSENT));
        return new Columns(byKey, resolved);
    }

    /** The position of {@code column}, or -1 when the file has no such column. */
    int indexOf(String column) {
        Integer index = bySpelling.get(column);
        if (index == null) index = byKey.getOrDefault(ColumnNames.key(column), ABSENT);
        return index;
    }
}
