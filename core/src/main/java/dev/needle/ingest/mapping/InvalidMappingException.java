package dev.needle.ingest.mapping;

import dev.needle.domain.NeedleException;

public class InvalidMappingException extends NeedleException {
    public InvalidMappingException(String message) {
        super(message);
    }
}
