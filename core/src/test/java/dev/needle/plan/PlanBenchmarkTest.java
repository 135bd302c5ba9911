package dev.needle.plan;

import dev.needle.domain.CalendarEvent;
import dev.needle.domain.Rep;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlanBenchmarkTest {
    @Test
    void theBenchmarkPlansEveryRepForEveryWorkingDayAndTimesIt() {
        GeneratedOrg org = GeneratedOrg.of(6, 60, 11);
        Map<Long, List<CalendarEvent>> calendars = new HashMap<>();
        for (Rep rep : org.dataset().reps()) {
            calendars.put(rep.id(), org.needle().store().calendarEvents(rep.id(), Instant.parse("2026-06-30T00:00:00Z"),
                    Instant.parse("2026-07-31T00:00:00Z")));
        }

        PlanBenchmark.Result result = PlanBenchmark.run(org.dataset(), calendars, GeneratedOrg.UNTIL.plusDays(1), 10);

        assertThat(result.repDays()).isEqualTo(org.dataset().reps().size() * 10);
        assertThat(result.planSeconds()).isPositive();
        assertThat(result.repDaysPerSecond()).isPositive();
    }
}
