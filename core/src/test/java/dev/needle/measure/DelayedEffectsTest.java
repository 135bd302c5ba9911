package dev.needle.measure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The value model's EM runs on per-unit counts ({@link UnitStatistics}) rather than touch by touch;
 * on seeded random timelines it must give what the touch-by-touch computation ({@link
 * ReferenceDelayedEffects}) gives: the same estimates, intervals, bootstrap re-fits, delay shape and
 * value per touch, to rounding.
 */
class DelayedEffectsTest {
    private static final int FIRST_DAY = 20_000;
    private static final int LAST_DAY = FIRST_DAY + 119;

    @ParameterizedTest(name = "seed {0}, lags {1}..{2}, clustered by rep: {3}")
    @CsvSource({"1, 0, 9, true", "2, 0, 14, false", "3, 2, 9, true"})
    void compactCountsGiveTheEstimatesAndIntervalsOfTheTouchByTouchComputation(long seed, int minLag, int maxLag,
                                                                              boolean clusterByRep) {
        List<Unit> units = timelines(seed, minLag, maxLag, clusterByRep);
        DelayedEffects.Builder compact = new DelayedEffects.Builder(KINDS, minLag, maxLag, FIRST_DAY, LAST_DAY);
        ReferenceDelayedEffects.Builder reference = new ReferenceDelayedEffects.Builder(KINDS, minLag, maxLag, FIRST_DAY, LAST_DAY);
        for (Unit unit : units) {
            compact.unit(unit.rep, unit.cluster, unit.touchDays, unit.kinds, unit.resultDays, unit.values, unit.riskFrom, LAST_DAY, unit.atRisk);
            reference.unit(unit.rep, unit.cluster, unit.touchDays, unit.kinds, unit.resultDays, unit.values, unit.riskFrom, LAST_DAY, unit.atRisk);
        }

        DelayedEffects.Result fast = compact.build().fit(seed);
        DelayedEffects.Result expected = reference.build().fit(seed);

        assertThat(fast.touches()).isEqualTo(expected.touches());
        assertThat(expected.perTouch()).as("the planted effects are found, so the comparison is of a real fit")
                .satisfies(q -> assertThat(q[0]).isGreaterThan(q[KINDS - 1]));
        for (int kind = 0; kind < KINDS; kind++) {
            assertThat(fast.perTouch()[kind]).as("estimate of kind %d", kind).isCloseTo(expected.perTouch()[kind], within(1e-6));
            assertThat(fast.low()[kind]).as("low end of kind %d", kind).isCloseTo(expected.low()[kind], within(1e-6));
            assertThat(fast.high()[kind]).as("high end of kind %d", kind).isCloseTo(expected.high()[kind], within(1e-6));
            assertThat(fast.valuePerTouch()[kind]).as("value per touch of kind %d", kind)
                    .isCloseTo(expected.valuePerTouch()[kind], within(1e-9 * Math.max(1, Math.abs(expected.valuePerTouch()[kind]))));
            for (int sample = 0; sample < expected.samples().length; sample++) {
                assertThat(fast.samples()[sample][kind]).as("bootstrap re-fit %d, kind %d", sample, kind)
                        .isCloseTo(expected.samples()[sample][kind], within(1e-12));
            }
        }
        for (int lag = 0; lag < expected.delayShape().length; lag++) {
            assertThat(fast.delayShape()[lag]).isCloseTo(expected.delayShape()[lag], within(1e-12));
        }
    }

    private static final int KINDS = 4;

    private record Unit(long rep, Object cluster, int[] touchDays, int[] kinds, int[] resultDays, double[] values,
                        int riskFrom, IntPredicate atRisk) {
    }

    /**
     * Units on 25 reps' books: touches of four kinds (kind 0 causing most, kind 3 nothing) from a few
     * weeks before the period to its end, several a day at times; results caused by them after a delay,
     * others out of nowhere; some results carrying a value; some units at risk only on some days.
     */
    private static List<Unit> timelines(long seed, int minLag, int maxLag, boolean clusterByRep) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] chance = {0.3, 0.15, 0.05, 0};
        List<Unit> units = new ArrayList<>();
        for (int id = 0; id < 600; id++) {
            long rep = random.nextInt(25);
            int touches = random.nextInt(0, 12);
            int[] touchDays = random.ints(touches, FIRST_DAY - 20, LAST_DAY + 1).sorted().toArray();
            int[] kinds = random.ints(touches, 0, KINDS).toArray();
            List<Integer> results = new ArrayList<>();
            for (int s = 0; s < touches; s++) {
                if (random.nextDouble() < chance[kinds[s]]) results.add(touchDays[s] + random.nextInt(minLag, maxLag + 1));
            }
            if (random.nextInt(10) == 0) results.add(random.nextInt(FIRST_DAY, LAST_DAY + 1));
            int[] resultDays = results.stream().mapToInt(Integer::intValue).filter(day -> day >= FIRST_DAY && day <= LAST_DAY)
                    .sorted().toArray();
            double[] values = new double[resultDays.length];
            for (int r = 0; r < values.length; r++) values[r] = random.nextInt(3) == 0 ? 1000 * random.nextInt(1, 50) : 0;
            int quietFrom = random.nextInt(FIRST_DAY, LAST_DAY + 1);
            IntPredicate atRisk = random.nextInt(4) == 0 ? day -> day < quietFrom : day -> true;
            units.add(new Unit(rep, clusterByRep ? rep : "unit " + id, touchDays, kinds, resultDays, values,
                    FIRST_DAY + random.nextInt(30), atRisk));
        }
        return units;
    }
}
