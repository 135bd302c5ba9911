package dev.needle.coach;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.measure.Period;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Four reps over eight working days: too few touches (under 100 per type) to measure what moving hours brings. */
class ThinDataTest {
    @Test
    void aTinyOrgGetsTooThinInsteadOfARecommendation() {
        GeneratedOrg org = GeneratedOrg.of(4, 8, 5);
        String busyRep = org.planted().get("busyNotProductiveReps").get(0).asText();

        List<RepCoaching> coaching = Coach.of(org.dataset(), ActivityCatalog.defaults(), org.end(), Period.lastDays(org.end(), 90));

        RepCoaching busy = coaching.stream().filter(rep -> rep.rep().externalId().equals(busyRep)).findFirst().orElseThrow();
        CoachingPoint timeMix = busy.ranked().stream().filter(point -> point.kind() == PointKind.TIME_MIX).findFirst().orElseThrow();
        assertThat(timeMix.tooThin()).isTrue();
        assertThat(timeMix.sentence()).contains("The data is too thin").doesNotContain("Moving");
        assertThat(coaching.stream().flatMap(rep -> rep.ranked().stream()))
                .noneMatch(CoachingPoint::hasMeasuredEffect);
    }
}
