package dev.needle.coach;

import dev.needle.measure.Period;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Which week a weekly report covers and what it may look at: the week asked for (or the week of as-of)
 * and the moment its records are cut off. A past week is reported as it stood at its end, so the report
 * of a closed week does not change when it is made again later.
 *
 * @param cutoff only what was recorded before this counts
 */
public record ReportWeek(Period week, Instant cutoff) {

    /**
     * @param weekText an ISO week such as 2026-W20, or null for the week of {@code asOf} (or of {@code now})
     * @param asOf     the cut-off asked for, or null
     * @param now      the present: no cut-off lies after it unless asked for
     * @throws IllegalArgumentException when {@code weekText} is not an ISO week
     */
    public static ReportWeek of(String weekText, Instant asOf, Instant now) {
        if (weekText == null || weekText.isBlank()) {
            Instant cutoff = asOf != null ? asOf : now;
            return new ReportWeek(PeriodSpec.weekOf(cutoff.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate()), cutoff);
        }
        Period week = PeriodSpec.parse(weekText, asOf != null ? asOf : now);
        if (!weekText.trim().contains("-W")) throw new IllegalArgumentException("not a week: " + weekText + " (e.g. 2026-W20)");
        return new ReportWeek(week, asOf != null ? asOf : week.to().isBefore(now) ? week.to() : now);
    }
}
