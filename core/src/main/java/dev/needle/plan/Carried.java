package dev.needle.plan;

import java.time.LocalDate;

/** A task that did not fit the day, moved to {@code to} (the next working day), with why. */
public record Carried(Task task, Category category, LocalDate to, String reason) {
}
