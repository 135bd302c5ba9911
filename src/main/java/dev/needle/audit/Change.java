package dev.needle.audit;

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

    public Change {
        records = List.copyOf(records);
        // in the order given, so the stored JSON reads the same way every time
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail));
    }

    public static Change of(String action, List<RecordChange> changes) {
        return new Change(action, changes.stream().map(RecordChange::name).toList(), Map.of("records", changes));
    }

    /** An import: the files uploaded and how many rows it stored in each table. */
    public static Change imported(List<String> files, Map<String, Long> rowsStored) {
        return new Change("import", List.of(), Map.of("files", List.copyOf(files), "rowsStored", new TreeMap<>(rowsStored)));
    }

    public String recordList() {
        return records.stream().collect(Collectors.joining(", "));
    }

    public String json() {
        return AuditJson.write(detail);
    }
}
