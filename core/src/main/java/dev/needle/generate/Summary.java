package dev.needle.generate;

/**
 * Row counts of one generated org. {@code activities} are the logged ones (completed tasks and
 * meetings up to {@code until}); {@code openTasks} are the deals' next actions; {@code calendarEvents}
 * counts the VEVENT components written to the reps' .ics files.
 */
public record Summary(int reps, int accounts, int contacts, int deals, long activities, int openTasks,
                      int calendarEvents) {
}
