package dev.needle.measure;

import dev.needle.measure.UnitStatistics.Window;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/**
 * Attribution of delayed results to the touches that caused them, by maximum likelihood (EM).
 * Model: each touch of kind c causes a result on its own unit (a deal or an account) with chance
 * q[c], which shows up k days later with a chance shape[k] shared by all kinds; results no touch
 * explains come at a background rate per rep, measured where it can be seen alone: results on
 * days with no touch in the window before them, per such day. Each result is shared among the
 * background and the touches before it in proportion to rate and q·shape, and q is what each kind
 * earned over its touches.
 * Because credit follows the unit's own timeline, a rep who is simply busy gains nothing from it.
 * Touches late in the period count only with the part of their delay window the data covers.
 *
 * <p>The model sees a touch only through its kind, its cluster and the days of data after it, and a
 * result's candidate causes only through their kinds and lags, so it runs on those counts ({@link
 * UnitStatistics}): an EM step costs the distinct (result, kind, lag) candidates, not the touches.
 */
final class DelayedEffects {
    private static final int MAX_ITERATIONS = 3_000;
    private static final double CONVERGED = 1e-6;
    static final int BOOTSTRAP_SAMPLES = 60;

    private final Window window;
    private final int kinds;
    private final int lags;
    private final int rooms;
    // touches per (cluster, kind·rooms + room), an entry per unit and cell: the sums over them are of whole
    // numbers, exact in any order
    private final int[] exposureCluster;
    private final int[] exposureCell;
    private final int[] exposureCount;
    // results with at least one candidate cause, and their candidates counted by (kind·lags + lag)
    private final int[] eventGroup;
    private final int[] eventCluster;
    private final double[] eventValue;
    private final int[] pairStart;
    private final int[] pairCell;
    private final double[] pairCount;
    private final double[] background;
    private final int clusters;

    private DelayedEffects(Builder b) {
        this.window = b.window;
        this.kinds = window.kinds();
        this.lags = window.lags();
        this.rooms = window.rooms();
        this.exposureCluster = b.exposureCluster.build().toArray();
        this.exposureCell = b.exposureCell.build().toArray();
        this.exposureCount = b.exposureCount.build().toArray();
        this.eventGroup = b.eventGroup.build().toArray();
        this.eventCluster = b.eventCluster.build().toArray();
        this.eventValue = b.eventValue.build().toArray();
        this.pairStart = b.pairStart.build().toArray();
        this.pairCell = b.pairCell.build().toArray();
        this.pairCount = b.pairCount.build().toArray();
        this.background = new double[b.groups.size()];
        b.groups.forEach((group, index) -> {
            double quietDays = b.quietDays.getOrDefault(group, 0.0);
            background[index] = quietDays > 0 ? b.unexplained.getOrDefault(group, 0) / quietDays : 0;
        });
        this.clusters = b.clusters.size();
    }

    /**
     * Per-touch chances with 95% intervals (normal, from a cluster bootstrap), and value per touch;
     * {@code samples} are the bootstrap re-fits' chances (sample, kind), for intervals of quantities
     * derived from several kinds.
     */
    record Result(double[] perTouch, double[] low, double[] high, double[] valuePerTouch, double[] delayShape,
                  long[] touches, double[][] samples) {
    }

    Result fit(long seed) {
        Sample observed = sample(null);
        Fit full = new Fit();
        full.run(observed);
        // each resample draws from its own seeded stream, so the result is the same however many cores run them
        double[][] samples = IntStream.range(0, BOOTSTRAP_SAMPLES).parallel().mapToObj(b -> {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + b);
            double[] weights = new double[clusters];
            for (int i = 0; i < clusters; i++) weights[random.nextInt(clusters)] += 1;
            Fit resample = full.copy();
            resample.run(sample(weights));
            return resample.q;
        }).toArray(double[][]::new);
        double[] low = new double[kinds];
        double[] high = new double[kinds];
        double[] estimate = new double[kinds];
        for (int kind = 0; kind < kinds; kind++) {
            estimate[kind] = resolution(full.q[kind]);
            double mean = 0;
            for (double[] sample : samples) mean += sample[kind] / samples.length;
            double variance = 0;
            for (double[] sample : samples) variance += Math.pow(sample[kind] - mean, 2) / (samples.length - 1);
            double error = Math.sqrt(variance);
            low[kind] = resolution(full.q[kind] - Quantiles.Z_95 * error);
            high[kind] = resolution(full.q[kind] + Quantiles.Z_95 * error);
        }
        return new Result(estimate, low, high, full.valuePerTouch(observed), full.shape.clone(), touches(observed),
                samples);
    }

    /**
     * Chances are kept to a millionth per touch. An effect that EM drives towards zero reaches it only
     * in the limit; below a millionth it is zero for any purpose, and its interval then includes zero.
     */
    private static double resolution(double chance) {
        return Math.round(chance * 1e6) / 1e6;
    }

    /** Touches in the period per kind (context touches before it left out). */
    private long[] touches(Sample observed) {
        long[] touches = new long[kinds];
        for (int cell = 0; cell < observed.touches.length; cell++) touches[cell / rooms] += (long) observed.touches[cell];
        return touches;
    }

    /**
     * The data as one EM run sees it: each result's weight and the touches per (kind, room), with every
     * cluster counted as often as the bootstrap drew it; cluster weights of null mean each once.
     */
    private record Sample(double[] eventWeights, double[] touches) {
    }

    private Sample sample(double[] clusterWeights) {
        double[] eventWeights = new double[eventCluster.length];
        for (int e = 0; e < eventWeights.length; e++) eventWeights[e] = clusterWeights == null ? 1 : clusterWeights[eventCluster[e]];
        double[] touches = new double[kinds * rooms];
        for (int i = 0; i < exposureCell.length; i++) {
            touches[exposureCell[i]] += (clusterWeights == null ? 1 : clusterWeights[exposureCluster[i]]) * exposureCount[i];
        }
        return new Sample(eventWeights, touches);
    }

    /** One EM run, from the chances and delay shape it holds. */
    private final class Fit {
        double[] q = new double[kinds];
        double[] shape = new double[lags];

        Fit() {
            Arrays.fill(q, 0.05);
            Arrays.fill(shape, 1.0 / shape.length);
        }

        Fit copy() {
            Fit copy = new Fit();
            copy.q = q.clone();
            copy.shape = shape.clone();
            return copy;
        }

        /** EM steps until no chance moves by more than a tiny amount. */
        void run(Sample sample) {
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                double[] before = q.clone();
                step(sample);
                double change = 0;
                for (int kind = 0; kind < kinds; kind++) change = Math.max(change, Math.abs(q[kind] - before[kind]));
                if (change < CONVERGED) return;
            }
        }

        /**
         * Each result shares its weight among its candidates in proportion to q·shape; what a candidate
         * (kind, lag) earns over all results is q·shape times the sum of weight/explanation over them, so
         * that sum is gathered first and multiplied out once per (kind, lag).
         */
        private void step(Sample sample) {
            double[] strength = strength();
            double[] share = shares(sample.eventWeights, strength);
            double[] credit = new double[kinds];
            double[] lagCredit = new double[lags];
            for (int cell = 0; cell < strength.length; cell++) {
                double earned = strength[cell] * share[cell];
                credit[cell / lags] += earned;
                lagCredit[cell % lags] += earned;
            }
            double[] exposure = exposure(sample.touches);
            for (int kind = 0; kind < kinds; kind++) q[kind] = exposure[kind] > 0 ? credit[kind] / exposure[kind] : 0;
            double lagTotal = Arrays.stream(lagCredit).sum();
            if (lagTotal > 0) for (int k = 0; k < lags; k++) shape[k] = lagCredit[k] / lagTotal;
        }

        /** q·shape per (kind, lag): how strongly one touch of that kind explains a result that many days later. */
        private double[] strength() {
            double[] strength = new double[kinds * lags];
            for (int kind = 0; kind < kinds; kind++) {
                for (int lag = 0; lag < lags; lag++) strength[kind * lags + lag] = q[kind] * shape[lag];
            }
            return strength;
        }

        /** Per (kind, lag): Σ over results of weight · candidates of that kind and lag / the result's explanation. */
        private double[] shares(double[] weights, double[] strength) {
            double[] share = new double[strength.length];
            for (int e = 0; e < eventGroup.length; e++) {
                double weight = weights[e];
                if (weight == 0) continue;
                double total = background[eventGroup[e]];
                for (int p = pairStart[e]; p < pairStart[e + 1]; p++) total += pairCount[p] * strength[pairCell[p]];
                if (total <= 0) continue;
                double perExplanation = weight / total;
                for (int p = pairStart[e]; p < pairStart[e + 1]; p++) share[pairCell[p]] += perExplanation * pairCount[p];
            }
            return share;
        }

        /** Touches per kind, each counted with the share of its delay shape that falls inside the data. */
        private double[] exposure(double[] touches) {
            double[] covered = new double[rooms];
            for (int room = 0; room < rooms; room++) {
                double mass = 0;
                for (int k = 0; k < lags; k++) if (window.minLag() + k <= room) mass += shape[k];
                covered[room] = mass;
            }
            double[] exposure = new double[kinds];
            for (int cell = 0; cell < touches.length; cell++) exposure[cell / rooms] += touches[cell] * covered[cell % rooms];
            return exposure;
        }

        /** Each result's value (e.g. won revenue) shared out as the results were, per touch of each kind. */
        double[] valuePerTouch(Sample observed) {
            double[] strength = strength();
            double[] share = shares(eventValue, strength);
            double[] credit = new double[kinds];
            for (int cell = 0; cell < strength.length; cell++) credit[cell / lags] += strength[cell] * share[cell];
            double[] exposure = exposure(observed.touches);
            double[] perTouch = new double[kinds];
            for (int kind = 0; kind < kinds; kind++) perTouch[kind] = exposure[kind] > 0 ? credit[kind] / exposure[kind] : 0;
            return perTouch;
        }
    }

    /**
     * Collects units' statistics and adds them up: results (with their candidates) side by side,
     * touches per cluster and cell, quiet days and unexplained results per group. Groups and clusters
     * are numbered in the order their first unit arrives, which the bootstrap's draws depend on.
     */
    static final class Builder {
        private final Window window;
        private final IntStream.Builder eventGroup = IntStream.builder();
        private final IntStream.Builder eventCluster = IntStream.builder();
        private final DoubleStream.Builder eventValue = DoubleStream.builder();
        private final IntStream.Builder pairStart = IntStream.builder().add(0);
        private final IntStream.Builder pairCell = IntStream.builder();
        private final DoubleStream.Builder pairCount = DoubleStream.builder();
        private int pairs;
        private final IntStream.Builder exposureCluster = IntStream.builder();
        private final IntStream.Builder exposureCell = IntStream.builder();
        private final IntStream.Builder exposureCount = IntStream.builder();
        private final Map<Long, Integer> groups = new LinkedHashMap<>();
        private final Map<Long, Double> quietDays = new HashMap<>();
        private final Map<Long, Integer> unexplained = new HashMap<>();
        private final Map<Object, Integer> clusters = new HashMap<>();

        /**
         * Touches before {@code firstDay} are context: they may explain a result in the period, but
         * are not counted as touches of it. Results are expected within firstDay..lastDay.
         */
        Builder(int kinds, int minLag, int maxLag, int firstDay, int lastDay) {
            this.window = new Window(kinds, minLag, maxLag, firstDay, lastDay);
        }

        Window window() {
            return window;
        }

        /**
         * One unit: its touches (day, kind; sorted by day) and results (day, value; sorted by day),
         * and the days it was at risk of a result: {@code firstDay}..{@code lastDay} where {@code atRisk}
         * holds. {@code group} is the rep whose background rate explains results no touch does;
         * {@code cluster} is what the bootstrap resamples (a rep, or the unit itself): any key, equal
         * for units of one cluster, so units of different kinds (accounts, leads) need keys that differ.
         */
        void unit(long group, Object cluster, int[] touchDays, int[] kinds, int[] resultDays, double[] resultValues,
                  int riskFrom, int riskTo, IntPredicate atRisk) {
            add(UnitStatistics.of(window, group, cluster, touchDays, kinds, resultDays, resultValues, riskFrom, riskTo, atRisk));
        }

        void add(UnitStatistics unit) {
            int groupIndex = groups.computeIfAbsent(unit.group(), g -> groups.size());
            quietDays.merge(unit.group(), (double) unit.quietDays(), Double::sum);
            if (unit.unexplained() > 0) unexplained.merge(unit.group(), unit.unexplained(), Integer::sum);
            int clusterIndex = clusters.computeIfAbsent(unit.cluster(), c -> clusters.size());
            for (int i = 0; i < unit.exposureCells().length; i++) {
                exposureCluster.add(clusterIndex);
                exposureCell.add(unit.exposureCells()[i]);
                exposureCount.add(unit.exposureCounts()[i]);
            }
            for (int r = 0; r < unit.results(); r++) {
                eventGroup.add(groupIndex);
                eventCluster.add(clusterIndex);
                eventValue.add(unit.resultValues()[r]);
                for (int p = unit.pairStart()[r]; p < unit.pairStart()[r + 1]; p++) {
                    pairCell.add(unit.pairCells()[p]);
                    pairCount.add(unit.pairCounts()[p]);
                }
                pairs += unit.pairStart()[r + 1] - unit.pairStart()[r];
                pairStart.add(pairs);
            }
        }

        DelayedEffects build() {
            return new DelayedEffects(this);
        }
    }
}
