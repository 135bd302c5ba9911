package dev.needle.predict;

import dev.needle.domain.Days;
import dev.needle.domain.Deal;
import dev.needle.domain.Outcome;
import dev.needle.measure.DealAsOf;
import dev.needle.measure.PipelineAsOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How long the team's won deals took from creation to close, and what they were worth, among the
 * deals won by as-of. The chance that an open deal of a given age closes within the days left is
 * read off this distribution, conditional on its having lasted that long.
 */
record CycleTimes(double[] days, double[] amounts, double[] observedFrom, double[] observedFor, double[] closedAfter,
                  boolean[] won) {

    /**
     * Every deal with a creation date: from which age on and until which age it was observed (the
     * records start at {@code recordsStart}: a deal created before that is only seen from then on,
     * having survived to it), when it closed (NaN: open), won or not.
     */
    static CycleTimes of(PipelineAsOf pipeline, java.time.Instant recordsStart) {
        List<Double> days = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        List<double[]> deals = new ArrayList<>();
        for (DealAsOf deal : pipeline.deals()) {
            Deal d = deal.deal();
            if (d.createdAt() == null) continue;
            double observed = Days.elapsed(d.createdAt(), pipeline.asOf());
            double cycle = deal.isOpen() || deal.closedAt() == null ? Double.NaN
                    : Days.elapsed(d.createdAt(), deal.closedAt());
            boolean isWon = !deal.isOpen() && d.outcome() == Outcome.WON;
            double from = Days.elapsed(d.createdAt(), recordsStart);
            deals.add(new double[]{observed, cycle, isWon ? 1 : 0, from});
            if (isWon && !Double.isNaN(cycle)) {
                days.add(cycle);
                if (d.amount() != null) amounts.add(d.amount().doubleValue());
            }
        }
        double[] observedFrom = new double[deals.size()];
        double[] observedFor = new double[deals.size()];
        double[] closedAfter = new double[deals.size()];
        boolean[] won = new boolean[deals.size()];
        for (int i = 0; i < deals.size(); i++) {
            observedFor[i] = deals.get(i)[0];
            observedFrom[i] = deals.get(i)[3];
            closedAfter[i] = deals.get(i)[1];
            won[i] = deals.get(i)[2] == 1;
        }
        return new CycleTimes(sorted(days), sorted(amounts), observedFrom, observedFor, closedAfter, won);
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    /**
     * The chance that a deal open at {@code age} is won within {@code daysLeft}, from the deals seen
     * for that whole stretch: of those still open at that age, the share won before age + daysLeft.
     * Deals still open today count as not won, so stale pipeline weighs as it should. One pseudo-deal
     * at {@code prior} keeps thin tails from reading 0 or 1.
     */
    double wonWithin(double age, double daysLeft, double prior) {
        int atRisk = 0;
        int wonInTime = 0;
        for (int i = 0; i < observedFor.length; i++) {
            if (observedFor[i] < age + daysLeft || observedFrom[i] > age) continue;
            boolean openAtAge = Double.isNaN(closedAfter[i]) || closedAfter[i] > age;
            if (!openAtAge) continue;
            atRisk++;
            if (won[i] && closedAfter[i] <= age + daysLeft) wonInTime++;
        }
        return (wonInTime + prior) / (atRisk + 1.0);
    }

    /**
     * P(close within {@code daysLeft} | open at {@code age}), with one pseudo-deal that closes within
     * the days left with chance daysLeft / (daysLeft + median cycle), so that a deal older than every
     * won deal keeps a small chance instead of none.
     */
    double closesWithin(double age, double daysLeft) {
        int lasted = 0;
        int closed = 0;
        for (double d : days) {
            if (d > age) {
                lasted++;
                if (d <= age + daysLeft) closed++;
            }
        }
        return (closed + daysLeft / Math.max(1, daysLeft + median())) / (lasted + 1.0);
    }

    /** Median days still to go for a deal open at {@code age}. */
    double medianRemaining(double age) {
        double[] longer = Arrays.stream(days).filter(d -> d > age).toArray();
        if (longer.length == 0) return Math.max(1, median() / 2);
        return longer[longer.length / 2] - age;
    }

    double sample(SplittableRandom random) {
        return days.length == 0 ? Double.MAX_VALUE : days[random.nextInt(days.length)];
    }

    double sampleAmount(SplittableRandom random) {
        return amounts.length == 0 ? 0 : amounts[random.nextInt(amounts.length)];
    }

    double median() {
        return days.length == 0 ? 0 : days[days.length / 2];
    }

    double medianAmount() {
        return amounts.length == 0 ? 0 : amounts[amounts.length / 2];
    }
}
