package dev.needle.generate;

import dev.needle.random.Draws;

import java.util.List;
import java.util.SplittableRandom;

/** The generator's one random stream; every draw goes through here, in a fixed order. */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * A second stream for what only an export shape needs (e.g. Lead ids), derived from the seed and
     * the purpose without drawing from the main stream, so the main draw order stays as it was.
     */
    static Dice derived(long seed, String purpose) {
        return new Dice(seed ^ 0x9E3779B97F4A7C15L * (purpose.hashCode() | 1L));
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

    double gaussian() {
        return Draws.gaussian(random);
    }

    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    int poisson(double mean) {
        return Draws.poisson(random, mean);
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
