package dev.needle.ingest.mapping;

import dev.needle.domain.NeedleException;

/**
 * A source file that cannot be read as a table at all: wrong encoding, not text, an unsupported workbook format.
 * The message names the file, the line where known, the reason and what to do, so the CLI can print it as it is.
 */
public class UnreadableFileException extends NeedleException {
    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
