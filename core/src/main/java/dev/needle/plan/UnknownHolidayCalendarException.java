package dev.needle.plan;

import dev.needle.domain.NeedleException;

/** A holiday code names no country or region Jollyday keeps holidays for; the message lists the ones it does. */
public final class UnknownHolidayCalendarException extends NeedleException {
    public UnknownHolidayCalendarException(String message) {
        super(message);
    }
}
