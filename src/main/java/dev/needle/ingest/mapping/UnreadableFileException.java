package dev.needle.ingest.mapping;

import dev.needle.domain.NeedleException;

/** TEMPORARY stand-in until the table reader lands. */
public class UnreadableFileException extends NeedleException {
    private final long line;
    private final String reason;

    public UnreadableFileException(String file, long line, String reason) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
