package dev.needle.store;

import dev.needle.domain.NeedleException;

public class UnableToOpenDatabaseException extends NeedleException {
    public UnableToOpenDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
