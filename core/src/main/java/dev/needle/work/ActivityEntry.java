package dev.needle.work;

import dev.needle.domain.Direction;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An activity a rep logs. {@code repId} defaults to the caller's own rep. A touch of a deal must say
 * what the buyer got from it and the buyer's next step; other work (admin, internal) need not.
 * {@code direction} defaults to OUTBOUND for a touch of a deal or contact (it reached the buyer).
 */
public record ActivityEntry(Long repId, String type, Instant start, Integer durationMinutes, Long dealId,
                            Long contactId, Direction direction, String outcome, String valueForBuyer,
                            String buyerNextStep, String subject, String notes) {
    public ActivityEntry {
        type = Fields.trimmed(type);
        if (direction == null && (dealId != null || contactId != null)) direction = Direction.OUTBOUND;
        outcome = Fields.trimmed(outcome);
        valueForBuyer = Fields.trimmed(valueForBuyer);
        buyerNextStep = Fields.trimmed(buyerNextStep);
        subject = Fields.trimmed(subject);
        notes = Fields.trimmed(notes);
    }

    public void validate() {
        Map<String, String> problems = new LinkedHashMap<>();
        Fields.required(problems, "type", type, "the activity type, e.g. Call or Meeting");
        if (type != null && type.length() > 255) problems.put("type", "at most 255 characters");
        Fields.required(problems, "start", start, "when it started (ISO instant, e.g. 2026-12-01T09:30:00Z)");
        if (durationMinutes != null && (durationMinutes < 0 || durationMinutes > 24 * 60)) {
            problems.put("durationMinutes", "from 0 to 1440 minutes");
        }
        if (dealId != null) {
            Fields.required(problems, "valueForBuyer", valueForBuyer, "what the buyer got from this touch of the deal");
            Fields.required(problems, "buyerNextStep", buyerNextStep, "the step the buyer takes next");
        }
        Fields.limited(problems, "valueForBuyer", valueForBuyer);
        Fields.limited(problems, "buyerNextStep", buyerNextStep);
        Fields.limited(problems, "outcome", outcome);
        if (subject != null && subject.length() > 1000) problems.put("subject", "at most 1000 characters");
        if (notes != null && notes.length() > 32000) problems.put("notes", "at most 32000 characters");
        InvalidInputException.check(problems);
    }
}
