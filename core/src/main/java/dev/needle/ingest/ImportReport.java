package dev.needle.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * What an import did. {@code committed} is false when bad rows made an all-or-nothing import store
 * nothing, or when a file could not be read at all ({@code refusedFiles}, which fail an import even
 * with --skip-bad); {@code errors} then lists every bad row and refused file. {@code placeholders} are
 * the reps made up for owners no user row described.
 */
public record ImportReport(boolean committed, List<FileReport> files, List<SkippedFile> skipped,
                           List<RowError> errors, List<String> warnings, Map<String, Long> activityTypes,
                           Map<String, Long> uncataloguedTypes, List<String> refusedFiles, List<Placeholder> placeholders,
                           @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable MailCounts mail) {

    /** {@code mail} is null when the import read no mailbox, so the JSON of other imports is as it was. */
    public ImportReport(boolean committed, List<FileReport> files, List<SkippedFile> skipped,
                        List<RowError> errors, List<String> warnings, Map<String, Long> activityTypes,
                        Map<String, Long> uncataloguedTypes, List<String> refusedFiles, List<Placeholder> placeholders) {
        this(committed, files, skipped, errors, warnings, activityTypes, uncataloguedTypes, refusedFiles, placeholders, null);
    }

    public ImportReport(boolean committed, List<FileReport> files, List<SkippedFile> skipped,
                        List<RowError> errors, List<String> warnings, Map<String, Long> activityTypes,
                        Map<String, Long> uncataloguedTypes, List<String> refusedFiles) {
        this(committed, files, skipped, errors, warnings, activityTypes, uncataloguedTypes, refusedFiles, List.of());
    }

    public record FileReport(String file, String format, String entity, long stored, long skipped, long bad) {
    }

    /** A file not imported; {@code leftOut} when it was a table of no known format skipped by --skip-unknown. */
    public record SkippedFile(String file, String reason, boolean leftOut) {
    }

    /**
     * A rep made for an owner (or manager) known only by the reference to it: the source system's id
     * or name, and the file and line that first referenced it.
     */
    public record Placeholder(String source, String externalId, @Nullable String file, long line) {
        @Override
        public String toString() {
            return source + " " + externalId + " (first referenced at " + file + (line > 0 ? ":" + line : "") + ")";
        }
    }

    public ImportReport withPlaceholders(List<Placeholder> made) {
        return new ImportReport(committed, files, skipped, errors, warnings, activityTypes, uncataloguedTypes, refusedFiles, made, mail);
    }

    public ImportReport withMail(MailCounts counts) {
        return new ImportReport(committed, files, skipped, errors, warnings, activityTypes, uncataloguedTypes, refusedFiles, placeholders, counts);
    }

    public long rowsStored() {
        return committed ? files.stream().mapToLong(FileReport::stored).sum() : 0;
    }
}
