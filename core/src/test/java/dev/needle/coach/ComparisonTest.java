package dev.needle.coach;

import dev.needle.domain.Rep;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.HygieneReport;
import dev.needle.measure.PerformanceReport;
import dev.needle.measure.Period;
import dev.needle.measure.Quadrant;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.Results;
import dev.needle.measure.TimeAllocation;
import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.Estimate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A team whose top performers leave many touches empty (57%, as on a real team): a rep with fewer empty touches than
 * theirs is not told to fix them, whatever the absolute share; a rep with more is, against their share.
 */
class ComparisonTest {
    static final Instant AS_OF = Instant.parse("2026-06-30T00:00:00Z");
    static final int WORKING_DAYS = 50;

    @Test
    void aRepWithFewerEmptyTouchesThanTheTopPerformersGetsNoEmptyTouchPoint() {
        List<RepPerformance> reps = new ArrayList<>();
        // results per hour rise with the index: reps 6 and 7 are the top quartile, and leave 57% of touches empty
        double[] emptyShares = {0.30, 0.70, 0.36, 0.25, 0.10, 0.10, 0.57, 0.57};
        for (int index = 0; index < emptyShares.length; index++) reps.add(rep(index, emptyShares[index]));
        PerformanceReport performance = new PerformanceReport(Period.lastDays(AS_OF, 90), AS_OF, reps, List.of());

        List<RepCoaching> coaching = Coach.coach(performance, values(), noFlags());

        assertThat(coaching.get(0).benchmark().topPerformers()).containsExactly("Rep 7", "Rep 6");
        assertThat(coaching.get(0).benchmark().emptyTouchShare()).isCloseTo(0.57, within(1e-9));
        for (int index : new int[]{0, 2, 3, 4, 5, 6, 7}) {
            assertThat(coaching.get(index).ranked()).as("Rep " + index).extracting(CoachingPoint::kind)
                    .doesNotContain(PointKind.EMPTY_TOUCHES);
        }
        CoachingPoint worse = coaching.get(1).ranked().stream().filter(point -> point.kind() == PointKind.EMPTY_TOUCHES)
                .findFirst().orElseThrow();
        assertThat(worse.sentence()).contains("70% of your deal touches", "the team's top performers: 57%",
                "down to the top performers' share");
        // (0.70 - 0.57) x 200 touches over 10 weeks = 2.6 touches a week, each worth 0.14 - 0.03 advances
        assertThat(worse.effect().value()).isCloseTo(2.6 * 0.11, within(1e-9));
        assertThat(worse.hasMeasuredEffect()).isTrue();
    }

    private static RepPerformance rep(int index, double emptyShare) {
        Rep rep = new Rep(index + 1, "test", "r" + index, "Rep " + index, "rep" + index + "@example.com", "East", null,
                "UTC", null);
        int dealTouches = 200;
        TimeAllocation time = new TimeAllocation(500, 100, WORKING_DAYS, Map.of("Prospecting Call", 60.0, "Email", 40.0),
                Map.of(), Map.of(), 30, 5, dealTouches, (int) Math.round(emptyShare * dealTouches));
        return new RepPerformance(rep, time, new Results(index + 1, 10 * (index + 1), 0, BigDecimal.ZERO), Double.NaN,
                new RepPerformance.Classification(Quadrant.PRODUCTIVE, "East", 8, 1, 1));
    }

    private static ValueReport values() {
        return new ValueReport(List.of(), new ValueReport.TouchQuality(1000, 1000, new Estimate(0.14, 0.12, 0.16),
                new Estimate(0.03, 0.02, 0.04), "valuable touches advance deals more"), "constructed", 0, 0);
    }

    private static HygieneReport noFlags() {
        return new HygieneReport(AS_OF, List.of(), BigDecimal.ZERO, new EnumMap<>(HygieneFlag.class),
                new EnumMap<>(HygieneFlag.class));
    }
}
