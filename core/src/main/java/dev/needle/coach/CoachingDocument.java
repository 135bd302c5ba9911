package dev.needle.coach;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.needle.domain.ValueClass;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Period;
import dev.needle.measure.Quadrant;
import dev.needle.measure.ValueReport.LearnedClass;
import dev.needle.view.Numbers;
import dev.needle.view.PeriodNote;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coaching as one JSON document: the same for {@code needle coach --json} and the API. Numbers are
 * rounded to four decimals; an undefined one is null.
 *
 * @param pointsPerRep how many points a rep is given at once ({@link RepCoaching#TOP})
 */
public record CoachingDocument(Instant asOf, Span period, int pointsPerRep, List<CoachedRep> reps,
                               @JsonUnwrapped @Nullable PeriodNote periodNote) {

    /** The coaching of {@code reps} over {@code period}, with nothing to say about the period. */
    public static CoachingDocument of(List<RepCoaching> reps, Period period, Instant asOf) {
        return new CoachingDocument(asOf, Span.of(period), RepCoaching.TOP, reps.stream().map(CoachedRep::of).toList(), null);
    }

    /** The coaching of {@code reps} over the period chosen, with what there is to say about it (moved, or empty). */
    public static CoachingDocument of(List<RepCoaching> reps, DefaultPeriod.Chosen chosen, Instant asOf) {
        return new CoachingDocument(asOf, Span.of(chosen.period()), RepCoaching.TOP,
                reps.stream().map(CoachedRep::of).toList(), PeriodNote.of(chosen));
    }

    /** A period's first and last instant. */
    public record Span(Instant from, Instant to) {
        static Span of(Period period) {
            return new Span(period.from(), period.to());
        }
    }

    /**
     * One rep's coaching, in {@code needle coach} and in the weekly report alike.
     *
     * @param comparedWith the team's top performers the rep is compared with; null when there are none to judge by
     * @param morePoints   how many more points the rules found than the top ones shown
     * @param note         why there are no points when too little was recorded to judge, else null
     */
    public record CoachedRep(long id, String externalId, @Nullable String name, @Nullable String email,
                             @Nullable String team, Quadrant quadrant, @Nullable ComparedWith comparedWith,
                             @Nullable Double highValueShare, @Nullable Double highValueShareLearned,
                             List<Disagreement> valueClassDisagreements, List<Point> points, int morePoints,
                             @Nullable String note) {
        static CoachedRep of(RepCoaching coaching) {
            return new CoachedRep(coaching.rep().id(), coaching.rep().externalId(), coaching.rep().name(),
                    coaching.rep().email(), coaching.team(), coaching.quadrant(), ComparedWith.of(coaching.benchmark()),
                    Numbers.of(coaching.highValue().byCatalogue()), Numbers.of(coaching.highValue().byData()),
                    coaching.highValue().disagreements().stream().map(Disagreement::of).toList(),
                    coaching.top().stream().map(Point::of).toList(), coaching.ranked().size() - coaching.top().size(),
                    coaching.note());
        }
    }

    /** The team's top performers a rep is compared with ({@link Benchmark}). */
    public record ComparedWith(String peers, int peerCount, List<String> topPerformers,
                               @Nullable Double resultsPerHourCutoff, @Nullable Double noResultHoursPerWeek,
                               @Nullable Double startedWithOpportunityCreationShare, @Nullable Double emptyTouchShare,
                               @Nullable Double adminHoursBeforeNoonPerWeek) {
        static @Nullable ComparedWith of(@Nullable Benchmark benchmark) {
            if (benchmark == null) return null;
            return new ComparedWith(benchmark.peerGroup(), benchmark.peers(), benchmark.topPerformers(),
                    Numbers.of(benchmark.resultsPerHourCutoff()), Numbers.of(benchmark.noResultHoursPerWeek()),
                    Numbers.of(benchmark.startedWithOpportunityCreationShare()), Numbers.of(benchmark.emptyTouchShare()),
                    Numbers.of(benchmark.adminHoursBeforeNoonPerWeek()));
        }
    }

    /** A type the rep spent hours on whose catalogue class and learned class disagree. */
    public record Disagreement(String type, ValueClass valueClass, LearnedClass learnedClass, @Nullable Double hours) {
        static Disagreement of(HighValueShare.Disagreement disagreement) {
            return new Disagreement(disagreement.type(), disagreement.valueClass(), disagreement.learnedClass(),
                    Numbers.of(disagreement.hours()));
        }
    }

    /**
     * One coaching point.
     *
     * @param figures the numbers behind the sentence, by name
     * @param units   each figure's unit, by the figure's name
     * @param effect  the expected effect per week, when the point claims one, else null
     */
    public record Point(PointKind kind, String sentence, Map<String, @Nullable Double> figures, Map<String, String> units,
                        @Nullable ExpectedEffect effect, boolean tooThin, @Nullable Double impact) {
        static Point of(CoachingPoint point) {
            Map<String, @Nullable Double> figures = new LinkedHashMap<>();
            for (Figure figure : point.figures()) figures.put(figure.name(), Numbers.of(figure.value()));
            Map<String, String> units = new LinkedHashMap<>();
            for (Figure figure : point.figures()) units.put(figure.name(), figure.unit());
            return new Point(point.kind(), point.sentence(), figures, units, ExpectedEffect.of(point.effect()), point.tooThin(),
                    Numbers.of(point.impact()));
        }
    }

    /** A point's expected effect: its estimate and 95% interval, in the measure's unit. */
    public record ExpectedEffect(String measure, @Nullable Double value, List<@Nullable Double> ci95) {
        static @Nullable ExpectedEffect of(@Nullable Effect effect) {
            if (effect == null) return null;
            return new ExpectedEffect(effect.measure(), Numbers.of(effect.value()),
                    Arrays.asList(Numbers.of(effect.low()), Numbers.of(effect.high())));
        }
    }
}
