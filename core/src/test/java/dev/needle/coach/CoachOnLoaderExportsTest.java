package dev.needle.coach;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.measure.Period;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Coaching holds on the hardest realistic Data Loader extract ({@link GeneratedOrg#DATA_LOADER}) of the
 * org CoachTest coaches (40 reps, 250 working days, seed 3): the busy-but-not-productive reps and the
 * reps with many empty touches are found as on the weekly export.
 */
class CoachOnLoaderExportsTest {
    static List<RepCoaching> coaching;
    static JsonNode planted;

    @BeforeAll
    static void coachTheLoaderExtractOverItsLastNinetyDays() {
        GeneratedOrg org = GeneratedOrg.dataLoader(40, 250, 3);
        planted = org.planted();
        coaching = Coach.of(org.dataset(), ActivityCatalog.defaults(), org.end(), Period.lastDays(org.end(), 90));
    }

    @Test
    void everyRepTheGeneratorMadeBusyButNotProductiveGetsTheTimeMixPointWithAMeasuredEffect() {
        for (RepCoaching rep : coaching) {
            if (!PlantedCoaching.isBusy(planted, rep) || !rep.has(PointKind.TIME_MIX)) continue;
            CoachingPoint timeMix = PlantedCoaching.point(rep, PointKind.TIME_MIX);
            System.out.printf("loader seed 3: busy rep %s time-mix effect %s%n", rep.rep().name(), timeMix.effect());
        }
        PlantedCoaching.assertBusyRepsGetTheTimeMixPointWithAMeasuredEffect(coaching, planted);
    }

    @Test
    void repsTheGeneratorGaveManyEmptyTouchesGetTheEmptyTouchPoint() {
        long many = coaching.stream().filter(rep -> PlantedCoaching.plantedEmptyShare(planted, rep) >= 0.35).count();
        long pointed = coaching.stream().filter(rep -> PlantedCoaching.plantedEmptyShare(planted, rep) >= 0.35)
                .filter(rep -> rep.has(PointKind.EMPTY_TOUCHES)).count();
        System.out.printf("loader seed 3: reps planted with empty-touch share >= 0.35: %d, with the empty-touch point: %d%n", many, pointed);
        PlantedCoaching.assertRepsWithManyEmptyTouchesGetTheEmptyTouchPoint(coaching, planted);
    }
}
