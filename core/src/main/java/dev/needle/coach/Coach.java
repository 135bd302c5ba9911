package dev.needle.coach;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Dataset;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.DealHealth;
import dev.needle.measure.DealHygiene;
import dev.needle.measure.HygieneReport;
import dev.needle.measure.PerformanceReport;
import dev.needle.measure.Period;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.ValueReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Per-rep coaching (docs/metrics.md, "Coaching"): the few changes that would matter most, each a plain
 * sentence with the numbers behind it and, where the learned activity values support one, the expected
 * effect with its 95% interval. A pure function of the measured reports: the same data and period give the
 * same points in the same words.
 */
public final class Coach {
    /** Days of history before as-of the activity values are learned from (as {@code needle value} does). */
    public static final int LEARNING_DAYS = ActivityValue.LEARNING_DAYS;

    private static final List<Function<RepContext, Optional<CoachingPoint>>> RULES = List.of(
            TimeMix::check, Habits::prospectingFirst, EmptyTouches::check, DealPoints::noValuableNextAction,
            DealPoints::noNextMeeting, DealPoints::stalled, Habits::adminInTheMorning);

    /** Measured effects first (largest first), then habits and deal hygiene by severity, then what is too thin to judge. */
    static final Comparator<CoachingPoint> RANKING = Comparator
            .comparingInt((CoachingPoint point) -> point.tooThin() ? 2 : point.hasMeasuredEffect() ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(CoachingPoint::impact).reversed())
            .thenComparing(CoachingPoint::kind);

    private Coach() {
    }

    /**
     * Measures what coaching needs and coaches every rep: activities and results in the period, activity
     * values learned over the {@value #LEARNING_DAYS} days before as-of, deal hygiene at as-of.
     */
    public static List<RepCoaching> of(Dataset data, ActivityCatalog catalog, Instant asOf, Period period) {
        PerformanceReport performance = PerformanceReport.of(data, catalog, asOf, period);
        return coach(performance, learn(data, catalog, asOf), DealHygiene.check(data, catalog, asOf));
    }

    /** The activity values coaching uses: learned from what was recorded in the {@value #LEARNING_DAYS} days before as-of. */
    public static ValueReport learn(Dataset data, ActivityCatalog catalog, Instant asOf) {
        return ActivityValue.learnedBefore(data, catalog, asOf);
    }

    /** Coaches every rep in the performance report, from reports already measured. */
    public static List<RepCoaching> coach(PerformanceReport performance, ValueReport value, HygieneReport hygiene) {
        LearnedRates rates = new LearnedRates(value);
        List<RepFigures> reps = performance.reps().stream().map(rep -> RepFigures.of(rep, rates)).toList();
        TopPerformers top = new TopPerformers(reps);
        List<RepCoaching> coaching = new ArrayList<>();
        for (RepFigures rep : reps) {
            RepPerformance measured = rep.performance();
            Benchmark benchmark = top.forTeam(measured.team());
            List<DealHealth> deals = hygiene.deals().stream()
                    .filter(deal -> Objects.equals(deal.deal().ownerId(), rep.repId())).toList();
            HighValueShare highValue = HighValueShare.of(measured.time(), value);
            if (benchmark == null || !TopPerformers.judged(rep)) {
                coaching.add(new RepCoaching(measured.rep(), measured.team(), measured.quadrant(), benchmark, List.of(),
                        tooLittle(rep), highValue));
            } else {
                coaching.add(new RepCoaching(measured.rep(), measured.team(), measured.quadrant(), benchmark,
                        rank(new RepContext(rep, benchmark, rates, deals)), null, highValue));
            }
        }
        return coaching;
    }

    private static String tooLittle(RepFigures rep) {
        return String.format("Too little recorded in this period to coach: %s with activity (coaching needs %d).",
                Words.plural(rep.performance().time().workingDays(), "working day", "working days"),
                TopPerformers.MIN_WORKING_DAYS);
    }

    private static List<CoachingPoint> rank(RepContext context) {
        List<CoachingPoint> points = new ArrayList<>();
        for (Function<RepContext, Optional<CoachingPoint>> rule : RULES) rule.apply(context).ifPresent(points::add);
        points.sort(RANKING);
        return points;
    }
}
