package dev.needle.store;

import dev.needle.domain.NeedleException;

public class AmbiguousRepException extends NeedleException {
    public AmbiguousRepException(String message) {
        super(message);
    }
}
