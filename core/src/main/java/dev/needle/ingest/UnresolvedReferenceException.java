package dev.needle.ingest;

import dev.needle.domain.NeedleException;

/** A row links to a record that is neither in the import nor stored; {@code field} is the incoming field name. */
public class UnresolvedReferenceException extends NeedleException {
    private final String field;

    public UnresolvedReferenceException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
