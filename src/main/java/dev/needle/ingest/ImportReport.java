package dev.needle.ingest;

import java.util.List;
import java.util.Map;

/**
 * What an import did. {@code committed} is false when bad rows made an all-or-nothing import store
 * nothing, or when a file could not be read at all ({@code refusedFiles}, which fail an import even
 * with --skip-bad); {@code errors} then lists every bad row and refused file.
 */
public record ImportReport(boolean committed, List<FileReport> files, List<SkippedFile> skipped,
                           List<RowError> errors, List<String> warnings, Map<String, Long> activityTypes,
                           Map<String, Long> uncataloguedTypes, List<String> refusedFiles) {

    public record FileReport(String file, String format, String entity, long stored, long skipped, long bad) {
    }

    /** A file not imported; {@code leftOut} when it was a table of no known format skipped by --skip-unknown. */
    public record SkippedFile(String file, String reason, boolean leftOut) {
    }

    public long rowsStored() {
        return committed ? files.stream().mapToLong(FileReport::stored).sum() : 0;
    }
}
