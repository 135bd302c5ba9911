package dev.needle.store;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteValuesTest {
    @Test
    void instantsAreStoredAsTextWhoseOrderIsTimeOrder() {
        String onTheMinute = SqliteValues.text(Instant.parse("2026-12-01T09:30:00Z"));
        String thirtySecondsLater = SqliteValues.text(Instant.parse("2026-12-01T09:30:30Z"));

        assertThat(onTheMinute).isEqualTo("2026-12-01T09:30:00.000000Z");
        assertThat(onTheMinute).isLessThan(thirtySecondsLater);
    }

    @Test
    void instantsKeepMicrosecondsAsTimestampWithTimeZoneDoes() {
        Instant nanos = Instant.parse("2026-12-01T09:30:00.123456789Z");

        assertThat(SqliteValues.instant(SqliteValues.text(nanos))).isEqualTo(Instant.parse("2026-12-01T09:30:00.123457Z"));
        assertThat(SqliteValues.instant(null)).isNull();
    }

    @Test
    void storedInstantsReadBackAsInstantParseReadsThemAcrossCenturiesLeapDaysAndEveryMicrosecond() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_208_988_800L, 7_258_118_400L), random.nextInt(1_000_000) * 1_000L);
            String text = SqliteValues.text(instant);

            assertThat(SqliteValues.instant(text)).as(text).isEqualTo(Instant.parse(text)).isEqualTo(instant);
        }
        assertThat(SqliteValues.instant("2024-02-29T23:59:59.999999Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.999999Z"));
    }

    @Test
    void textOfAnotherShapeIsReadByInstantParseWhichRefusesWhatIsNoInstant() {
        assertThat(SqliteValues.instant("2026-12-01T09:30:00Z")).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteValues.instant("2026-02-30T09:30:00.000000Z"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SqliteValues.instant("2026-13-01T09:30:00.000000Z"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }
}
