package dev.needle.generate;

import java.util.List;
import java.util.SplittableRandom;

/** The generator's one random stream; every draw goes through here, in a fixed order. */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    /** A whole number in [low, high], both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Box-Muller with StrictMath, so that the same seed gives the same numbers on every JVM and CPU. */
    double gaussian() {
        double radius = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - random.nextDouble()));
        return radius * StrictMath.cos(2.0 * StrictMath.PI * random.nextDouble());
    }

    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** Poisson counts by multiplication of uniforms (Knuth); a rounded normal for large means. */
    int poisson(double mean) {
        if (mean <= 0) return 0;
        if (mean > 40) return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian()));
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String pick(String... items) {
        return items[random.nextInt(items.length)];
    }

    /** Fisher-Yates, in place. */
    <T> void shuffle(List<T> items) {
        for (int index = items.size() - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            T item = items.get(index);
            items.set(index, items.get(other));
            items.set(other, item);
        }
    }

    void shuffle(double[] values) {
        for (int index = values.length - 1; index > 0; index--) {
            int other = random.nextInt(index + 1);
            double value = values[index];
            values[index] = values[other];
            values[other] = value;
        }
    }
}
