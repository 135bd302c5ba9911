package dev.needle.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTest {
    @Test
    void postgresqlIsHeldToHalfOfDuckDbsIngestAndTheEmbeddedStoresToAQuarter() {
        assertThat(Target.importInto("postgresql")).isEqualTo(Target.POSTGRES_IMPORT);
        assertThat(Target.importInto("sqlite")).isEqualTo(Target.EMBEDDED_IMPORT);
        assertThat(Target.importInto("h2")).isEqualTo(Target.EMBEDDED_IMPORT);
        assertThat(Target.POSTGRES_IMPORT.metBy(0.5)).isTrue();
        assertThat(Target.POSTGRES_IMPORT.metBy(0.49)).isFalse();
        assertThat(Target.EMBEDDED_IMPORT.metBy(0.25)).isTrue();
    }

    @Test
    void importsMayPeakAtOneGigabyteAndTheAnalysisTakeTwiceDuckDbsAggregates() {
        assertThat(Target.IMPORT_PEAK_RSS.metBy(1024)).isTrue();
        assertThat(Target.IMPORT_PEAK_RSS.metBy(1025)).isFalse();
        assertThat(Target.ANALYSIS.metBy(2.0)).isTrue();
        assertThat(Target.ANALYSIS.metBy(18.4)).isFalse();
    }

    @Test
    void eachTargetPrintsAsTheBoundItSets() {
        assertThat(Target.POSTGRES_IMPORT.bound()).isEqualTo("≥ 0.5×");
        assertThat(Target.EMBEDDED_IMPORT.bound()).isEqualTo("≥ 0.25×");
        assertThat(Target.IMPORT_PEAK_RSS.bound()).isEqualTo("≤ 1,024 MB");
        assertThat(Target.ANALYSIS.bound()).isEqualTo("≤ 2×");
    }
}
