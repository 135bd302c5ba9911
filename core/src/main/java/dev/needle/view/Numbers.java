package dev.needle.view;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON numbers: rounded to four decimals; an undefined ratio (NaN, infinite) is null. */
public final class Numbers {
    private Numbers() {
    }

    public static Double of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return null;
        return Math.round(value * 10_000) / 10_000.0;
    }

    public static <K> Map<K, Double> of(Map<K, Double> values) {
        Map<K, Double> rounded = new LinkedHashMap<>();
        values.forEach((key, value) -> rounded.put(key, of(value)));
        return rounded;
    }
}
