package dev.needle.web;

import dev.needle.domain.NeedleException;

/** The server could not start, most often because the port is taken. */
public final class UnableToServeException extends NeedleException {
    UnableToServeException(String message, Throwable cause) {
        super(message, cause);
    }
}
