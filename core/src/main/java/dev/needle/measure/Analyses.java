package dev.needle.measure;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.OrgHistory;

import java.time.Instant;
import java.time.ZoneOffset;

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
        PerformanceReport.TimeWork time = new PerformanceReport.TimeWork(history.reps(), catalog, asOf, period);
        PipelineAsOf.Work pipeline = new PipelineAsOf.Work(asOf);
        ValueReading.Work value = new ValueReading.Work(history, asOf, ZoneOffset.UTC);
        UnitWork.Walked walked = UnitWork.run(history, runner, time, pipeline, value);
        return new ForReport(PerformanceReport.of(history.reps(), asOf, period, walked.of(time), walked.of(pipeline)),
                walked.of(pipeline), new ValueHistory(walked.of(value)));
    }

    public static Results inOneWalk(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, Instant asOf, Period reportPeriod) {
        ValueReading.Work value = new ValueReading.Work(history, asOf, ZoneOffset.UTC);
        PerformanceReport.TimeWork time = new PerformanceReport.TimeWork(history.reps(), catalog, asOf, reportPeriod);
        DealHygiene.Work hygiene = new DealHygiene.Work(history.reps(), catalog, asOf);
        PipelineAsOf.Work pipeline = new PipelineAsOf.Work(asOf);
        UnitWork.Walked walked = UnitWork.run(history, runner, value, time, hygiene, pipeline);
        return new Results(new ValueHistory(walked.of(value)),
                PerformanceReport.of(history.reps(), asOf, reportPeriod, walked.of(time), walked.of(pipeline)),
                walked.of(hygiene), walked.of(pipeline));
    }
}
