package dev.needle.coach;

import dev.needle.measure.ActivityValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Time mix against the team's top performers (seed 000: busy is not productive; seed 002: what do you
 * routinely do that contributes nothing to your results?). A rep who spends at least
 * {@value #MIN_EXCESS_HOURS} h a week more than the top performers on work that shows no measurable
 * effect on results is shown what moving some of those hours to opportunity creation would bring.
 */
final class TimeMix {
    /** Fewer extra hours a week than this is within the ordinary spread between reps. */
    static final double MIN_EXCESS_HOURS = 3.0;
    /**
     * At most this many hours a week are proposed to move: the learned rate is an average over the hours reps
     * actually spent, and far beyond them it is extrapolation (fresh accounts run out).
     */
    static final double MAX_HOURS_TO_MOVE = 5.0;
    private static final int TYPES_NAMED = 3;

    private TimeMix() {
    }

    static Optional<CoachingPoint> check(RepContext context) {
        RepFigures rep = context.rep();
        Benchmark top = context.benchmark();
        double excess = rep.noResultHoursPerWeek() - top.noResultHoursPerWeek();
        if (Double.isNaN(excess) || excess < MIN_EXCESS_HOURS) return Optional.empty();
        double toMove = Math.min(MAX_HOURS_TO_MOVE, Math.floor(excess * 2) / 2);
        String spent = String.format("You spent %s/week on work that shows no measurable effect on results in this team's data"
                        + " (%s); the team's top performers: %s.", Words.hours(rep.noResultHoursPerWeek()),
                largestTypes(rep), Words.hours(top.noResultHoursPerWeek()));
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("noResultHoursPerWeek", rep.noResultHoursPerWeek(), "h/week"),
                new Figure("topPerformersNoResultHoursPerWeek", top.noResultHoursPerWeek(), "h/week"),
                new Figure("hoursToMovePerWeek", toMove, "h/week")));
        Optional<HourlyRate> target = context.rates().bestOpportunityCreation();
        if (target.isEmpty()) {
            return Optional.of(new CoachingPoint(PointKind.TIME_MIX, spent + " The data is too thin to say what moving them"
                    + " would bring: no opportunity-creation type has a measured effect whose 95% interval lies above zero"
                    + " (each needs at least " + ActivityValue.MIN_TOUCHES + " touches).", figures, null, true, 0));
        }
        HourlyRate to = target.get();
        HourlyRate from = sourceRate(rep, context.rates());
        String unit = to.createsOpportunitiesOnly() ? "opportunities" : "results (opportunities created and stage advances)";
        Effect effect = new Effect(unit + " per week", toMove * (to.value() - from.value()),
                toMove * (to.low() - from.high()), toMove * (to.high() - from.low()));
        figures.add(new Figure("targetResultsPerHour", to.value(), unit + "/h"));
        figures.add(new Figure("targetResultsPerHourLow", to.low(), unit + "/h"));
        figures.add(new Figure("targetResultsPerHourHigh", to.high(), unit + "/h"));
        figures.add(new Figure("movedWorkResultsPerHour", from.value(), unit + "/h"));
        if (effect.includesZero()) {
            return Optional.of(new CoachingPoint(PointKind.TIME_MIX, spent + String.format(" The data is too thin to recommend"
                            + " moving them: moving %s to %s has a 95%% interval of %s %s a week, which includes zero.",
                    Words.hours(toMove), to.type(), Words.interval(effect.low(), effect.high()), unit), figures, effect, true, 0));
        }
        String move = String.format(" Moving %s to %s would, at this team's measured %s %s per %s hour, create about %s more"
                        + " %s a week (95%% interval %s).", Words.hours(toMove), to.type(), Words.number(to.value()), unit, to.type(),
                Words.number(effect.value()), unit, Words.interval(effect.low(), effect.high()));
        return Optional.of(new CoachingPoint(PointKind.TIME_MIX, spent + move, figures, effect, false, effect.value()));
    }

    /** What the moved hours bring now: the rep's no-effect types' rates, weighted by the rep's hours on them. */
    private static HourlyRate sourceRate(RepFigures rep, LearnedRates rates) {
        List<HourlyRate> typeRates = new ArrayList<>();
        List<Double> hours = new ArrayList<>();
        rep.noResultHoursByType().forEach((type, spent) -> {
            typeRates.add(rates.rateOf(type));
            hours.add(spent);
        });
        return HourlyRate.weighted(typeRates, hours);
    }

    private static String largestTypes(RepFigures rep) {
        List<String> named = rep.noResultHoursByType().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> entry.getKey() + " " + Words.hours(rep.perWeek(entry.getValue())))
                .toList();
        return Words.list(named, TYPES_NAMED);
    }
}
