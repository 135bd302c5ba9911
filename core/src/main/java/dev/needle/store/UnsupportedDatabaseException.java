package dev.needle.store;

import dev.needle.domain.NeedleException;

public class UnsupportedDatabaseException extends NeedleException {
    public UnsupportedDatabaseException(String message) {
        super(message);
    }
}
