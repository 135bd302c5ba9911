package dev.needle.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One concrete thing to do in a block: the action, on which deal (Needle's id and the source
 * system's), with whom, what the buyer gets from it and the step the buyer should take next.
 * Deal, account and contact are null where the task has none (admin, prospecting research).
 */
public record Task(String action, Long dealId, String dealExternalId, String dealName, String account,
                   String contact, String valueForBuyer, String buyerNextStep, LocalDate due, int minutes) {
    public Task {
        Objects.requireNonNull(action, "action");
        if (minutes <= 0) throw new IllegalArgumentException("a task takes time: " + minutes + " minutes");
    }

    static Task plain(String action, int minutes) {
        return new Task(action, null, null, null, null, null, null, null, null, minutes);
    }

    boolean overdueOn(LocalDate day) {
        return due != null && due.isBefore(day);
    }
}
