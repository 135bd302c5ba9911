package dev.needle.store;

import dev.needle.domain.NeedleException;

/** A next action is no longer in the state the write expects: completed already, or meanwhile. */
public final class NextActionConflictException extends NeedleException {
    public NextActionConflictException(String message) {
        super(message);
    }
}
