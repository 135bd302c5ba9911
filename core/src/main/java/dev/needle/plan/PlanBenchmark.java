package dev.needle.plan;

import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Dataset;
import dev.needle.domain.Rep;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Plans every rep of a Dataset for consecutive working days and times it, for {@code needle bench}. */
public final class PlanBenchmark {
    /** {@code indexSeconds}: reading the Dataset into indexes, once; {@code planSeconds}: planning the rep-days. */
    public record Result(int repDays, double indexSeconds, double planSeconds) {
        public double repDaysPerSecond() {
            return planSeconds == 0 ? Double.NaN : repDays / planSeconds;
        }
    }

    private PlanBenchmark() {
    }

    /**
     * Plans {@code days} working days from {@code firstDay} for every rep in {@code data};
     * {@code calendars} maps a rep's id to their calendar occurrences (missing: an empty calendar).
     */
    public static Result run(Dataset data, Map<Long, List<CalendarEvent>> calendars, LocalDate firstDay, int days) {
        long started = System.nanoTime();
        Workloads workloads = Workloads.of(data);
        long indexed = System.nanoTime();
        int repDays = 0;
        long checksum = 0;
        for (Rep rep : data.reps()) {
            List<CalendarEvent> events = calendars.getOrDefault(rep.id(), List.of());
            LocalDate day = WorkingDays.MONDAY_TO_FRIDAY.onOrAfter(firstDay);
            for (int count = 0; count < days; count++, day = WorkingDays.MONDAY_TO_FRIDAY.next(day)) {
                PlanRequest request = PlanRequest.of(rep, day);
                checksum += Planner.plan(request, workloads.forDay(request, events)).blocks().size();
                repDays++;
            }
        }
        long planned = System.nanoTime();
        if (checksum < 0) throw new IllegalStateException("unreachable");
        return new Result(repDays, (indexed - started) / 1e9, (planned - indexed) / 1e9);
    }
}
