package dev.needle.work;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A meeting with the buyer as the rep records it afterwards: its outcome, what the buyer got and their
 * next step, and — never leave a meeting without it (seed 001) — the next meeting, the next action, or both.
 * {@code meeting} names the meeting booked earlier that this records the outcome of (Needle's id or the
 * source's); without it the meeting held is a new activity, and {@code start} is required.
 */
public record MeetingEntry(String meeting, String type, Instant start, Integer durationMinutes, Long contactId, String outcome,
                           String valueForBuyer, String buyerNextStep, String notes, NextMeeting nextMeeting,
                           NextActionEntry nextAction) {
    public static final String DEFAULT_TYPE = "Meeting";

    /** The next meeting booked with the buyer. */
    public record NextMeeting(Instant start, Integer durationMinutes, String subject) {
    }

    public MeetingEntry {
        meeting = Fields.trimmed(meeting);
        type = Fields.trimmed(type) == null ? DEFAULT_TYPE : type.trim();
        outcome = Fields.trimmed(outcome);
        valueForBuyer = Fields.trimmed(valueForBuyer);
        buyerNextStep = Fields.trimmed(buyerNextStep);
        notes = Fields.trimmed(notes);
    }

    /** Validates against {@code now}: the meeting held is not in the future, the next one is. */
    public void validate(Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (meeting == null) Fields.required(problems, "start", start, "when the meeting started");
        if (start != null && start.isAfter(now)) problems.put("start", "the meeting recorded must have started already");
        if (durationMinutes != null && (durationMinutes <= 0 || durationMinutes > 24 * 60)) problems.put("durationMinutes", "from 1 to 1440 minutes");
        Fields.required(problems, "outcome", outcome, "what came out of the meeting");
        Fields.required(problems, "valueForBuyer", valueForBuyer, "what the buyer got from the meeting");
        Fields.required(problems, "buyerNextStep", buyerNextStep, "the step the buyer takes next");
        if (notes != null && notes.length() > 32000) problems.put("notes", "at most 32000 characters");
        if (nextMeeting == null && nextAction == null) {
            problems.put("nextMeeting", "required unless nextAction is given: never leave a meeting without the next step booked");
        }
        if (nextMeeting != null) {
            Fields.required(problems, "nextMeeting.start", nextMeeting.start(), "when the next meeting starts");
            if (nextMeeting.start() != null && !nextMeeting.start().isAfter(now)) problems.put("nextMeeting.start", "must be in the future");
            Integer minutes = nextMeeting.durationMinutes();
            if (minutes != null && (minutes <= 0 || minutes > 24 * 60)) problems.put("nextMeeting.durationMinutes", "from 1 to 1440 minutes");
            if (nextMeeting.subject() != null && nextMeeting.subject().length() > 1000) problems.put("nextMeeting.subject", "at most 1000 characters");
        }
        if (nextAction != null) nextAction.problems(problems, "nextAction.");
        InvalidInputException.check(problems);
    }
}
