package dev.needle.web;

import dev.needle.domain.Activity;
import dev.needle.domain.NextAction;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a meeting's outcome recorded on a deal: the meeting as stored, and the next step booked
 * with it (a next meeting, a next action, or both; the one not given is null).
 */
public record RecordedMeetingDocument(Activity meeting, @Nullable Activity nextMeeting, @Nullable NextAction nextAction) {
}
