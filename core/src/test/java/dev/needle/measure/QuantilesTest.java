package dev.needle.measure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One definition of a quantile for every report, coaching point and forecast band: R's type 7, as NumPy computes it. */
class QuantilesTest {

    @Test
    void aQuantileInterpolatesBetweenTheOrderStatisticsAsRAndNumPyDo() {
        double[] values = {7, 1, 3, 15, 9};
        // numpy.quantile([1, 3, 7, 9, 15], [0, 0.25, 0.5, 0.75, 0.9, 1]) = 1, 3, 7, 9, 12.6, 15
        assertThat(Quantiles.of(values, 0)).isEqualTo(1);
        assertThat(Quantiles.of(values, 0.25)).isEqualTo(3);
        assertThat(Quantiles.of(values, 0.5)).isEqualTo(7);
        assertThat(Quantiles.of(values, 0.75)).isEqualTo(9);
        assertThat(Quantiles.of(values, 0.9)).isCloseTo(12.6, within(1e-12));
        assertThat(Quantiles.of(values, 1)).isEqualTo(15);
        assertThat(values).as("the values are left in their order").containsExactly(7, 1, 3, 15, 9);
    }

    @Test
    void noValuesHaveNoQuantileAndOneValueIsEveryQuantile() {
        assertThat(Quantiles.of(new double[0], 0.5)).isNaN();
        assertThat(Quantiles.ofSorted(new double[]{4}, 0.1)).isEqualTo(4);
    }
}
