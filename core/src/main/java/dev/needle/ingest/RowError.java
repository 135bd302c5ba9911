package dev.needle.ingest;

import org.jspecify.annotations.Nullable;

/** A row (or whole file, with line 0) that could not be imported: where, which column, and why. */
public record RowError(String file, long line, @Nullable String column, String reason) {

    /**
     * A whole file's error from a reader's message, which names the file (by path or name) and the
     * line itself: both are dropped from the reason, because the report puts them in front anyway.
     */
    public static RowError ofFile(java.nio.file.Path file, long line, String message) {
        String path = file.toString();
        String name = file.getFileName().toString();
        String reason = message.startsWith(path) ? message.substring(path.length())
                : message.startsWith(name) ? message.substring(name.length()) : message;
        reason = reason.replaceFirst("^[:,\\s]+", "");
        if (line > 0) reason = reason.replaceFirst("^line " + line + ":\\s*", "");
        return new RowError(path, line, null, reason);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (column == null ? "" : " [" + column + "]") + ": " + reason;
    }
}
