package dev.needle.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an import did. {@code committed} is false when bad rows made an all-or-nothing import store
 * nothing; {@code errors} then lists every bad row.
 */
public record ImportReport(boolean committed, List<FileReport> files, List<SkippedFile> skipped,
                           List<RowError> errors, List<String> warnings, Map<String, Long> activityTypes,
                           Map<String, Long> uncataloguedTypes) {

    public record FileReport(String file, String format, String entity, long stored, long skipped, long bad) {
    }

    public record SkippedFile(String file, String reason) {
    }

    public long rowsStored() {
        return committed ? files.stream().mapToLong(FileReport::stored).sum() : 0;
    }
}
