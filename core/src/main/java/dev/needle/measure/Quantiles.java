package dev.needle.measure;

import java.util.Arrays;

/** Quantiles by linear interpolation between order statistics: R's type 7 and NumPy's default (docs/metrics.md). */
public final class Quantiles {
    /** The standard normal's 97.5th percentile: an estimate ± this many standard errors is its 95% interval. */
    public static final double Z_95 = 1.96;

    private Quantiles() {
    }

    /** The {@code p}-quantile (0..1) of {@code values}, in any order; NaN for none. */
    public static double of(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, p);
    }

    /** The {@code p}-quantile (0..1) of values already sorted ascending; NaN for none. */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
