package dev.needle.ingest.mapping;

import dev.needle.domain.NeedleException;

/**
 * A source file that cannot be read as a table at all: wrong encoding, not text, an unsupported workbook format.
 * The message names the file, the line where known, the reason and what to do, so the CLI can print it as it is.
 */
public class UnreadableFileException extends NeedleException {
    private final long line;

    public UnreadableFileException(String message) {
        this(message, 0, null);
    }

    public UnreadableFileException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    public UnreadableFileException(String message, long line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** The line where reading broke down, 0 when it is not known or the whole file is at fault. */
    public long line() {
        return line;
    }
}
