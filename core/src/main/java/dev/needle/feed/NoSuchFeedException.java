package dev.needle.feed;

import dev.needle.domain.NeedleException;

/** A feed id that names no live feed (never made, or revoked already). */
public final class NoSuchFeedException extends NeedleException {
    public NoSuchFeedException(String message) {
        super(message);
    }
}
