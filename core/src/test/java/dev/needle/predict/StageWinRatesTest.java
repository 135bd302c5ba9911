package dev.needle.predict;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The empirical-Bayes prior strength behind the calibrated stage baseline. */
class StageWinRatesTest {
    @Test
    void stagesThatDifferOnlyByNoiseArePooledIntoTheOverallRate() {
        // 100 deals in each of three stages, 30, 31 and 29 won: no spread beyond binomial noise
        Map<String, double[]> counts = Map.of("A", new double[]{100, 30}, "B", new double[]{100, 31}, "C", new double[]{100, 29});

        assertThat(StageWinRates.priorStrength(counts, 0.3, 300)).isEqualTo(200);
    }

    @Test
    void stagesThatReallyDifferKeepTheirOwnRates() {
        // 5%, 30% and 80% won: the spread dwarfs the noise, so the prior weighs only a few deals
        Map<String, double[]> counts = Map.of("A", new double[]{200, 10}, "B", new double[]{100, 30}, "C", new double[]{50, 40});
        double overall = 80 / 350.0;

        double strength = StageWinRates.priorStrength(counts, overall, 350);

        assertThat(strength).isBetween(2.0, 10.0);
        double smoothedC = (40 + strength * overall) / (50 + strength);
        assertThat(smoothedC).isBetween(0.7, 0.8);
    }
}
