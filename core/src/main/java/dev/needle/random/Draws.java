package dev.needle.random;

import java.util.SplittableRandom;

/**
 * Draws from the distributions Needle simulates with, over a caller's seeded stream. StrictMath, so
 * that the same seed gives the same numbers on every JVM and CPU (generated orgs and forecasts are
 * reproducible).
 */
public final class Draws {
    /** Above this mean a Poisson count is drawn as a rounded normal: Knuth's product would take too long. */
    static final double NORMAL_APPROXIMATION_ABOVE = 40;

    private Draws() {
    }

    /** Standard normal, by Box-Muller. */
    public static double gaussian(SplittableRandom random) {
        double radius = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - random.nextDouble()));
        return radius * StrictMath.cos(2.0 * StrictMath.PI * random.nextDouble());
    }

    /** Poisson counts by multiplication of uniforms (Knuth); a rounded normal for large means. */
    public static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) return 0;
        if (mean > NORMAL_APPROXIMATION_ABOVE) {
            return (int) Math.max(0, Math.round(mean + StrictMath.sqrt(mean) * gaussian(random)));
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
