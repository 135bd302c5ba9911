package dev.needle.store;

import dev.needle.domain.NeedleException;

/** The booked meeting a rep records the outcome of already has one: recorded meanwhile, or twice. */
public final class MeetingAlreadyRecordedException extends NeedleException {
    public MeetingAlreadyRecordedException(String message) {
        super(message);
    }
}
