package dev.needle.predict;

import dev.needle.domain.NeedleException;

/** There are not the closed deals an evaluation needs. */
public final class NotEnoughDealsException extends NeedleException {
    public NotEnoughDealsException(String message) {
        super(message);
    }
}
