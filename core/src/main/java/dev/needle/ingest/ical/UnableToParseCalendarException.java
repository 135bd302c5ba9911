package dev.needle.ingest.ical;

import dev.needle.domain.NeedleException;

/** The input is not an iCalendar file, or is cut off; the message names the file, the line where known, and why. */
public class UnableToParseCalendarException extends NeedleException {
    public UnableToParseCalendarException(String message) {
        super(message);
    }

    public UnableToParseCalendarException(String message, Throwable cause) {
        super(message, cause);
    }
}
