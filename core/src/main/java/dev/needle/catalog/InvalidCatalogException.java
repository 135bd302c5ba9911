package dev.needle.catalog;

import dev.needle.domain.NeedleException;

public class InvalidCatalogException extends NeedleException {
    public InvalidCatalogException(String message) {
        super(message);
    }
}
