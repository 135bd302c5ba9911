package dev.needle.store;

import dev.needle.domain.NeedleException;

/** A compaction, backup or restore that Needle refuses or that failed; the message says why and what to do instead. */
public class UnableToMaintainStoreException extends NeedleException {
    public UnableToMaintainStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
