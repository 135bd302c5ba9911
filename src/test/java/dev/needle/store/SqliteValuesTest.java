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
}
