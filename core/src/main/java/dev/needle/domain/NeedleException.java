package dev.needle.domain;

/**
 * The one root of Needle's errors. Subclasses are named for what failed; each adapter (CLI, REST)
 * maps them to its own answer once.
 */
public class NeedleException extends RuntimeException {
    public NeedleException(String message) {
        super(message);
    }

    public NeedleException(String message, Throwable cause) {
        super(message, cause);
    }
}
