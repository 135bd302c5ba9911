package dev.needle.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.app.Settings;
import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.Analyses;
import dev.needle.measure.Datasets;
import dev.needle.measure.Funnel;
import dev.needle.measure.Period;
import dev.needle.measure.UnitRunner;
import dev.needle.measure.ValueReport;
import dev.needle.plan.PlanBenchmark;
import dev.needle.plan.WorkingDays;
import dev.needle.predict.WinModel;
import dev.needle.predict.WinProbability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Needle's full analysis of an imported store: one parallel walk of its units feeding the value model,
 * the performance report, the deal flags and the pipeline; then the value model's fit and the funnel;
 * then, apart, every rep's plan and the win model (from the store read into memory). {@code main} runs it in a JVM of its own so that its
 * peak heap and RSS are the analysis's alone.
 */
public final class AnalysisRun {
    private AnalysisRun() {
    }

    public record Result(long activities, int reps, int openDeals, int valueTypes, int funnelDeals,
                         double walkSeconds, double valueSeconds, double reportDealsFunnelSeconds, double seconds,
                         long peakHeapMegabytes, Long peakRssMegabytes, Plans plans, Prediction prediction) {
        Result with(Plans plans, Prediction prediction) {
            return new Result(activities, reps, openDeals, valueTypes, funnelDeals, walkSeconds, valueSeconds, reportDealsFunnelSeconds,
                    seconds, peakHeapMegabytes, peakRssMegabytes, plans, prediction);
        }
    }

    public record Plans(int repDays, double indexSeconds, double planSeconds, long repDaysPerSecond) {
    }

    public record Prediction(int deals, int trainingDeals, boolean learnedModel, String decision,
                             double trainSeconds, int scoredDeals, double scoreSeconds) {
    }

    /** {@code AnalysisRun HOME UNTIL}: the analysis of the embedded store in HOME, up to UNTIL, as one JSON document. */
    public static void main(String[] args) throws IOException {
        Result result;
        try (Needle needle = Needle.open(Settings.resolve(Path.of(args[0]), null, Map.of()))) {
            result = run(needle, LocalDate.parse(args[1]));
        }
        new ObjectMapper().writeValue(System.out, result);
        System.out.flush();
    }

    /**
     * Plans and the win model still read the whole store into memory (about 400 bytes an activity), so
     * past this size they are left out rather than take the analysis's heap: null in the result.
     */
    static final long IN_MEMORY_LIMIT = 3_000_000;

    public static Result run(Needle needle, LocalDate until) {
        Result walked = analyse(needle.store().history(), UnitRunner.parallel(), needle.catalog(), until);
        if (walked.activities() > IN_MEMORY_LIMIT) return walked;
        Instant to = until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Dataset data = Datasets.asOf(needle.store().dataset(), to);
        return walked.with(plans(needle, data, until), prediction(data, to));
    }

    /**
     * The analyses that walk units, on any runner: one walk feeding the value model, the report, the deal
     * flags and the pipeline; then the value model's fit over the year up to {@code until}, and the funnel.
     */
    public static Result analyse(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, LocalDate until) {
        Instant to = until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant from = until.minusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        HeapPeak.reset();
        long start = System.nanoTime();
        Analyses.Results walked = Analyses.inOneWalk(history, runner, catalog, to, new Period(from, to));
        double walkSeconds = DuckDbBaseline.seconds(start);
        long valueStart = System.nanoTime();
        ValueReport value = ActivityValue.estimate(walked.value(), catalog, from, to);
        double valueSeconds = DuckDbBaseline.seconds(valueStart);
        long restStart = System.nanoTime();
        Funnel funnel = Funnel.of(walked.pipeline(), history.reps(), deal -> true);
        double restSeconds = DuckDbBaseline.seconds(restStart);
        double seconds = DuckDbBaseline.seconds(start);
        long peakHeap = HeapPeak.megabytes();
        OptionalLong peakRss = PeakRss.megabytes();
        return new Result(walked.value().activities(), walked.report().reps().size(), walked.hygiene().deals().size(), value.types().size(),
                funnel.overall().deals(), round(walkSeconds), round(valueSeconds), round(restSeconds), round(seconds), peakHeap,
                peakRss.isPresent() ? peakRss.getAsLong() : null, null, null);
    }

    /** Every rep's day planned for the five working days after the history ends, from the loaded store. */
    private static Plans plans(Needle needle, Dataset data, LocalDate until) {
        Map<Long, List<CalendarEvent>> calendars = new HashMap<>();
        Instant from = until.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Rep rep : data.reps()) {
            calendars.put(rep.id(), needle.store().calendarEvents(rep.id(), from, from.plus(Duration.ofDays(14))));
        }
        PlanBenchmark.Result run = PlanBenchmark.run(data, calendars, WorkingDays.MONDAY_TO_FRIDAY.next(until), 5);
        return new Plans(run.repDays(), round(run.indexSeconds()), round(run.planSeconds()), Math.round(run.repDaysPerSecond()));
    }

    /** The win model learned from every deal closed by the end of the history, then every open deal scored. */
    private static Prediction prediction(Dataset data, Instant asOf) {
        long start = System.nanoTime();
        WinModel model = WinModel.train(data, asOf);
        double trainSeconds = DuckDbBaseline.seconds(start);
        List<Deal> open = data.deals().stream().filter(Deal::isOpen).toList();
        long scoreStart = System.nanoTime();
        List<WinProbability> scored = model.score(open, asOf);
        double scoreSeconds = DuckDbBaseline.seconds(scoreStart);
        return new Prediction(data.deals().size(), model.trainingWon() + model.trainingLost(), model.usesLearnedModel(),
                model.usesLearnedModel() ? "learned" : "stage baseline: " + model.decision().reason(),
                round(trainSeconds), scored.size(), round(scoreSeconds));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
