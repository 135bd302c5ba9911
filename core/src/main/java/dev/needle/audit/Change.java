package dev.needle.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one API write did, as the trail keeps it: an action name, the records it created or updated,
 * and the change as one compact JSON object ({@code records} for writes; {@code files} and
 * {@code rowsStored} per table for imports).
 */
public record Change(String action, List<String> records, Map<String, Object> detail) {
    /** Thousands of small files in one upload must not outgrow the trail's column; a zip counts as one file. */
    static final int MAX_FILES = 1000;

    public Change {
        records = List.copyOf(records);
        // in the order given, so the stored JSON reads the same way every time
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    public static Change of(String action, List<RecordChange> changes) {
        return new Change(action, changes.stream().map(RecordChange::name).toList(), Map.of("records", changes));
    }

    /** An import: the files uploaded (the first {@value #MAX_FILES} named) and how many rows it stored in each table. */
    public static Change imported(List<String> files, Map<String, Long> rowsStored) {
        List<String> named = new ArrayList<>(files.subList(0, Math.min(files.size(), MAX_FILES)));
        if (files.size() > MAX_FILES) named.add("… and " + (files.size() - MAX_FILES) + " more files");
        return new Change("import", List.of(), Map.of("files", named, "rowsStored", new TreeMap<>(rowsStored)));
    }

    public String recordList() {
        return records.stream().collect(Collectors.joining(", "));
    }

    public String json() {
        return AuditJson.write(detail);
    }
}
