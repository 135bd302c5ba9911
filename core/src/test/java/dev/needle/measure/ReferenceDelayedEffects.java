package dev.needle.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The value model as first written, touch by touch: every EM step walks every touch and every
 * (result, touch) candidate. Kept as the reference the compact {@link DelayedEffects} must agree with
 * ({@code DelayedEffectsTest}); its results are {@link DelayedEffects.Result}s.
 *
 * <p>Attribution of delayed results to the touches that caused them, by maximum likelihood (EM).
 * Model: each touch of kind c causes a result on its own unit (a deal or an account) with chance
 * q[c], which shows up k days later with a chance shape[k] shared by all kinds; results no touch
 * explains come at a background rate per rep, measured where it can be seen alone: results on
 * days with no touch in the window before them, per such day. Each result is shared among the
 * background and the touches before it in proportion to rate and q·shape, and q is what each kind
 * earned over its touches.
 * Because credit follows the unit's own timeline, a rep who is simply busy gains nothing from it.
 * Touches late in the period count only with the part of their delay window the data covers.
 */
final class ReferenceDelayedEffects {
    private static final int MAX_ITERATIONS = 3_000;
    private static final double CONVERGED = 1e-6;
    static final int BOOTSTRAP_SAMPLES = 60;

    private final int kinds;
    private final int minLag;
    private final int maxLag;
    // touches
    private final int[] touchKind;
    private final int[] touchCluster;
    private final int[] touchRoom; // days from the touch to the end of the data; -1: before the period, context only
    // results and their candidate causes
    private final int[] eventGroup;
    private final int[] eventCluster;
    private final double[] eventValue;
    private final int[] pairStart; // candidates of event e: pairs pairStart[e]..pairStart[e+1]-1
    private final int[] pairTouch;
    private final int[] pairLag;
    private final double[] background;
    private final int clusters;

    private ReferenceDelayedEffects(Builder b) {
        this.kinds = b.kinds;
        this.minLag = b.minLag;
        this.maxLag = b.maxLag;
        this.touchKind = b.touchKind.stream().mapToInt(Integer::intValue).toArray();
        this.touchCluster = b.touchCluster.stream().mapToInt(Integer::intValue).toArray();
        this.touchRoom = b.touchRoom.stream().mapToInt(Integer::intValue).toArray();
        this.eventGroup = b.eventGroup.stream().mapToInt(Integer::intValue).toArray();
        this.eventCluster = b.eventCluster.stream().mapToInt(Integer::intValue).toArray();
        this.eventValue = b.eventValue.stream().mapToDouble(Double::doubleValue).toArray();
        this.pairStart = b.pairStart.stream().mapToInt(Integer::intValue).toArray();
        this.pairTouch = b.pairTouch.stream().mapToInt(Integer::intValue).toArray();
        this.pairLag = b.pairLag.stream().mapToInt(Integer::intValue).toArray();
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
    DelayedEffects.Result fit(long seed) {
        Fit full = new Fit();
        full.run(null);
        int[] counts = new int[kinds];
        for (int s = 0; s < touchKind.length; s++) if (touchRoom[s] >= 0) counts[touchKind[s]]++;
        // each resample draws from its own seeded stream, so the result is the same however many cores run them
        double[][] samples = java.util.stream.IntStream.range(0, BOOTSTRAP_SAMPLES).parallel().mapToObj(b -> {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + b);
            double[] weights = new double[clusters];
            for (int i = 0; i < clusters; i++) weights[random.nextInt(clusters)] += 1;
            Fit resample = full.copy();
            resample.run(weights);
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
            low[kind] = resolution(full.q[kind] - 1.96 * error);
            high[kind] = resolution(full.q[kind] + 1.96 * error);
        }
        long[] touches = new long[kinds];
        for (int kind = 0; kind < kinds; kind++) touches[kind] = counts[kind];
        return new DelayedEffects.Result(estimate, low, high, full.valuePerTouch(), full.shape.clone(), touches, samples);
    }

    /**
     * Chances are kept to a millionth per touch. An effect that EM drives towards zero reaches it only
     * in the limit; below a millionth it is zero for any purpose, and its interval then includes zero.
     */
    private static double resolution(double chance) {
        return Math.round(chance * 1e6) / 1e6;
    }

    /** One EM run; cluster weights of null mean every cluster once (the data as observed). */
    private final class Fit {
        double[] q = new double[kinds];
        double[] shape = new double[maxLag - minLag + 1];

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
        void run(double[] clusterWeights) {
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                double[] before = q.clone();
                step(clusterWeights);
                double change = 0;
                for (int kind = 0; kind < kinds; kind++) change = Math.max(change, Math.abs(q[kind] - before[kind]));
                if (change < CONVERGED) return;
            }
        }

        private void step(double[] clusterWeights) {
            double[] credit = new double[kinds];
            double[] lagCredit = new double[shape.length];
            for (int e = 0; e < eventGroup.length; e++) {
                double weight = clusterWeights == null ? 1 : clusterWeights[eventCluster[e]];
                if (weight == 0) continue;
                double total = explanation(e);
                if (total <= 0) continue;
                for (int p = pairStart[e]; p < pairStart[e + 1]; p++) {
                    double share = weight * q[touchKind[pairTouch[p]]] * shape[pairLag[p]] / total;
                    credit[touchKind[pairTouch[p]]] += share;
                    lagCredit[pairLag[p]] += share;
                }
            }
            double[] exposure = exposure(clusterWeights);
            for (int kind = 0; kind < kinds; kind++) q[kind] = exposure[kind] > 0 ? credit[kind] / exposure[kind] : 0;
            double lagTotal = Arrays.stream(lagCredit).sum();
            if (lagTotal > 0) for (int k = 0; k < shape.length; k++) shape[k] = lagCredit[k] / lagTotal;
        }

        /** Touches per kind, each counted with the share of its delay shape that falls inside the data. */
        private double[] exposure(double[] clusterWeights) {
            double[] covered = new double[maxLag + 2];
            for (int room = 0; room <= maxLag + 1; room++) {
                double mass = 0;
                for (int k = 0; k < shape.length; k++) if (minLag + k <= room) mass += shape[k];
                covered[room] = mass;
            }
            double[] exposure = new double[kinds];
            for (int s = 0; s < touchKind.length; s++) {
                double weight = clusterWeights == null ? 1 : clusterWeights[touchCluster[s]];
                if (weight == 0) continue;
                if (touchRoom[s] < 0) continue;
                exposure[touchKind[s]] += weight * covered[Math.min(touchRoom[s], maxLag + 1)];
            }
            return exposure;
        }

        /** How strongly the background and the touches before it, together, explain result {@code e}. */
        private double explanation(int e) {
            double total = background[eventGroup[e]];
            for (int p = pairStart[e]; p < pairStart[e + 1]; p++) total += q[touchKind[pairTouch[p]]] * shape[pairLag[p]];
            return total;
        }

        /** Each result's value (e.g. won revenue) shared out as the results were, per touch of each kind. */
        double[] valuePerTouch() {
            double[] credit = new double[kinds];
            for (int e = 0; e < eventGroup.length; e++) {
                if (eventValue[e] == 0) continue;
                double total = explanation(e);
                if (total <= 0) continue;
                for (int p = pairStart[e]; p < pairStart[e + 1]; p++) {
                    credit[touchKind[pairTouch[p]]] += eventValue[e] * q[touchKind[pairTouch[p]]] * shape[pairLag[p]] / total;
                }
            }
            double[] exposure = exposure(null);
            double[] perTouch = new double[kinds];
            for (int kind = 0; kind < kinds; kind++) perTouch[kind] = exposure[kind] > 0 ? credit[kind] / exposure[kind] : 0;
            return perTouch;
        }
    }

    /** Collects touches and results unit by unit (a unit's touches and results must be added together). */
    static final class Builder {
        private final int kinds;
        private final int minLag;
        private final int maxLag;
        private final int firstDay;
        private final int lastDay;
        private final List<Integer> touchKind = new ArrayList<>();
        private final List<Integer> touchCluster = new ArrayList<>();
        private final List<Integer> touchRoom = new ArrayList<>();
        private final List<Integer> eventGroup = new ArrayList<>();
        private final List<Integer> eventCluster = new ArrayList<>();
        private final List<Double> eventValue = new ArrayList<>();
        private final List<Integer> pairStart = new ArrayList<>(List.of(0));
        private final List<Integer> pairTouch = new ArrayList<>();
        private final List<Integer> pairLag = new ArrayList<>();
        private final Map<Long, Integer> groups = new HashMap<>();
        private final Map<Long, Double> quietDays = new HashMap<>();
        private final Map<Long, Integer> unexplained = new HashMap<>();
        private final Map<Object, Integer> clusters = new HashMap<>();

        /**
         * Touches before {@code firstDay} are context: they may explain a result in the period, but
         * are not counted as touches of it. Results are expected within firstDay..lastDay.
         */
        Builder(int kinds, int minLag, int maxLag, int firstDay, int lastDay) {
            this.kinds = kinds;
            this.minLag = minLag;
            this.maxLag = maxLag;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }

        /**
         * One unit: its touches (day, kind; sorted by day) and results (day, value; sorted by day),
         * and the days it was at risk of a result: {@code firstDay}..{@code lastDay} where {@code atRisk}
         * holds. {@code group} is the rep whose background rate explains results no touch does;
         * {@code cluster} is what the bootstrap resamples (a rep, or the unit itself): any key, equal
         * for units of one cluster, so units of different kinds (accounts, leads) need keys that differ.
         */
        void unit(long group, Object cluster, int[] touchDays, int[] kinds, int[] resultDays, double[] resultValues,
                  int riskFrom, int riskTo, java.util.function.IntPredicate atRisk) {
            int groupIndex = groups.computeIfAbsent(group, g -> groups.size());
            quietDays.merge(group, (double) quietDays(touchDays, riskFrom, riskTo, atRisk), Double::sum);
            int clusterIndex = clusters.computeIfAbsent(cluster, c -> clusters.size());
            int firstTouch = touchKind.size();
            for (int i = 0; i < touchDays.length; i++) {
                touchKind.add(kinds[i]);
                touchCluster.add(clusterIndex);
                touchRoom.add(touchDays[i] < firstDay ? -1 : lastDay - touchDays[i]);
            }
            int from = 0;
            for (int r = 0; r < resultDays.length; r++) {
                eventGroup.add(groupIndex);
                eventCluster.add(clusterIndex);
                eventValue.add(resultValues[r]);
                while (from < touchDays.length && touchDays[from] < resultDays[r] - maxLag) from++;
                for (int s = from; s < touchDays.length && touchDays[s] <= resultDays[r] - minLag; s++) {
                    pairTouch.add(firstTouch + s);
                    pairLag.add(resultDays[r] - touchDays[s] - minLag);
                }
                if (pairTouch.size() == pairStart.get(pairStart.size() - 1)) unexplained.merge(group, 1, Integer::sum);
                pairStart.add(pairTouch.size());
            }
        }

        /** Days at risk with no touch in the window before them: where the background shows alone. */
        private int quietDays(int[] touchDays, int riskFrom, int riskTo, java.util.function.IntPredicate atRisk) {
            int quiet = 0;
            int next = 0;
            for (int day = riskFrom; day <= riskTo; day++) {
                while (next < touchDays.length && touchDays[next] < day - maxLag) next++;
                boolean touched = next < touchDays.length && touchDays[next] <= day - minLag;
                if (!touched && atRisk.test(day)) quiet++;
            }
            return quiet;
        }

        ReferenceDelayedEffects build() {
            return new ReferenceDelayedEffects(this);
        }
    }
}
