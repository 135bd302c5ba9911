package dev.needle.measure;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.OrgHistory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Several analyses from one walk of a history: each unit is read once and given to the value model,
 * the performance report, deal hygiene and the pipeline (the funnel's input) in turn, so a command that
 * prints them all reads the store once.
 */
public final class Analyses {
    private Analyses() {
    }

    /** The value model's reading (choose its period from {@link ValueHistory#times()}), and the rest as of {@code asOf}. */
    public record Results(ValueHistory value, PerformanceReport report, HygieneReport hygiene, PipelineAsOf pipeline) {
    }

    /** What {@code needle report} prints, from one walk: the report of the period, the pipeline for the funnel, the value model's reading. */
    public record ForReport(PerformanceReport report, PipelineAsOf pipeline, ValueHistory value) {
    }

    public static ForReport forReport(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, Instant asOf, Period period) {
        List<Object> results = UnitWork.run(history, runner, new PerformanceReport.Work(history.reps(), catalog, asOf, period),
                new PipelineAsOf.Work(asOf), new ValueReading.Work(history, asOf, ZoneOffset.UTC));
        return new ForReport((PerformanceReport) results.get(0), (PipelineAsOf) results.get(1),
                new ValueHistory((ValueReading.Read) results.get(2)));
    }

    public static Results inOneWalk(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, Instant asOf, Period reportPeriod) {
        List<Object> results = UnitWork.run(history, runner, new ValueReading.Work(history, asOf, ZoneOffset.UTC),
                new PerformanceReport.Work(history.reps(), catalog, asOf, reportPeriod),
                new DealHygiene.Work(history.reps(), catalog, asOf), new PipelineAsOf.Work(asOf));
        return new Results(new ValueHistory((ValueReading.Read) results.get(0)), (PerformanceReport) results.get(1),
                (HygieneReport) results.get(2), (PipelineAsOf) results.get(3));
    }
}
