package dev.needle.measure;

import java.util.Collection;

/** Small statistics the reports share. */
final class Stats {
    private Stats() {
    }

    /** The {@code p}-quantile (0..1) of the values ({@link Quantiles}); NaN for none. */
    static double quantile(Collection<Double> values, double p) {
        return Quantiles.of(values.stream().mapToDouble(Double::doubleValue).toArray(), p);
    }

    static double median(Collection<Double> values) {
        return quantile(values, 0.5);
    }

    static double median(double... values) {
        return Quantiles.of(values, 0.5);
    }

    /** {@code part / whole}, or NaN when the whole is zero: a share of nothing is unknown, not zero. */
    static double ratio(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }
}
