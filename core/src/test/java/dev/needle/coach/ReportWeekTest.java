package dev.needle.coach;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportWeekTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void aPastWeekIsReportedAsItStoodAtItsEnd() {
        ReportWeek chosen = ReportWeek.of("2026-W42", null, NOW);

        assertThat(chosen.week().from()).isEqualTo(Instant.parse("2026-10-12T00:00:00Z"));
        assertThat(chosen.cutoff()).isEqualTo(Instant.parse("2026-10-19T00:00:00Z"));
    }

    @Test
    void theCurrentWeekIsCutOffNow() {
        ReportWeek chosen = ReportWeek.of("2026-W48", null, NOW);

        assertThat(chosen.week().from()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(chosen.cutoff()).isEqualTo(NOW);
    }

    @Test
    void withoutAWeekTheReportCoversTheWeekOfAsOf() {
        Instant endOfSunday = Instant.parse("2026-11-02T00:00:00Z");

        ReportWeek chosen = ReportWeek.of(null, endOfSunday, NOW);

        assertThat(chosen.week().from()).as("the week of Sunday 1 November, not the next").isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
        assertThat(chosen.cutoff()).isEqualTo(endOfSunday);
    }

    @Test
    void aMonthOrAWeekPastTheYearsLastIsRefused() {
        assertThatThrownBy(() -> ReportWeek.of("2026-05", null, NOW)).hasMessageContaining("not a week: 2026-05");
        assertThatThrownBy(() -> ReportWeek.of("2026-W60", null, NOW)).hasMessageContaining("week 60 does not exist in 2026");
    }
}
