package dev.needle.measure;

import java.util.Arrays;
import java.util.Collection;

/** Small statistics the reports share. */
final class Stats {
    private Stats() {
    }

    /**
     * The {@code p}-quantile (0..1) by linear interpolation between order statistics (the usual
     * "type 7" definition of R and NumPy); NaN for no values.
     */
    static double quantile(Collection<Double> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return quantileOfSorted(sorted, p);
    }

    static double quantileOfSorted(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    static double median(Collection<Double> values) {
        return quantile(values, 0.5);
    }

    static double median(double... values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantileOfSorted(sorted, 0.5);
    }

    /** {@code part / whole}, or NaN when the whole is zero: a share of nothing is unknown, not zero. */
    static double ratio(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }
}
