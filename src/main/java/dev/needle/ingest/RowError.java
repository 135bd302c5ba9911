package dev.needle.ingest;

/** A row (or whole file, with line 0) that could not be imported: where, which column, and why. */
public record RowError(String file, long line, String column, String reason) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (column == null ? "" : " [" + column + "]") + ": " + reason;
    }
}
