package dev.needle.coach;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.measure.Period;
import dev.needle.testing.GeneratedOrg;
import dev.needle.view.Documents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coaching on a generated org (40 reps, 250 working days, seed 3) against what the generator planted: the
 * busy-but-not-productive reps, each rep's empty-touch share and prospecting-first habit.
 */
class CoachTest {
    static GeneratedOrg org;
    static List<RepCoaching> coaching;
    static JsonNode planted;

    @BeforeAll
    static void coachTheGeneratedOrgOverItsLastNinetyDays() {
        org = GeneratedOrg.of(40, 250, 3);
        planted = org.planted();
        coaching = coach();
    }

    private static List<RepCoaching> coach() {
        return Coach.of(org.dataset(), ActivityCatalog.defaults(), org.end(), Period.lastDays(org.end(), 90));
    }

    @Test
    void everyRepTheGeneratorMadeBusyButNotProductiveGetsTheTimeMixPointWithAMeasuredEffect() {
        PlantedCoaching.assertBusyRepsGetTheTimeMixPointWithAMeasuredEffect(coaching, planted);
    }

    @Test
    void repsTheGeneratorGaveManyEmptyTouchesGetTheEmptyTouchPoint() {
        PlantedCoaching.assertRepsWithManyEmptyTouchesGetTheEmptyTouchPoint(coaching, planted);
    }

    @Test
    void repsWithAHealthyMixGetNoFalseAlarmAboutTimeEmptyTouchesOrTheirMornings() {
        List<RepCoaching> healthy = coaching.stream()
                .filter(rep -> !PlantedCoaching.isBusy(planted, rep))
                .filter(rep -> PlantedCoaching.plantedEmptyShare(planted, rep) <= 0.15)
                .filter(rep -> PlantedCoaching.plantedProspectingFirstShare(planted, rep) >= 0.5)
                .toList();
        assertThat(healthy).isNotEmpty();

        for (RepCoaching rep : healthy) {
            assertThat(rep.ranked()).as(rep.rep().name()).extracting(CoachingPoint::kind)
                    .doesNotContain(PointKind.TIME_MIX, PointKind.EMPTY_TOUCHES, PointKind.PROSPECTING_NOT_FIRST,
                            PointKind.ADMIN_IN_THE_MORNING);
        }
    }

    @Test
    void noPointRecommendsFromAnEffectWhoseIntervalIncludesZeroAndEveryPointShowsItsNumbers() {
        for (RepCoaching rep : coaching) {
            assertThat(rep.top()).hasSizeLessThanOrEqualTo(RepCoaching.TOP);
            for (CoachingPoint point : rep.ranked()) {
                assertThat(point.figures()).as(point.sentence()).isNotEmpty();
                if (point.effect() != null && point.effect().includesZero()) assertThat(point.tooThin()).isTrue();
            }
        }
    }

    @Test
    void noRepIsGivenAPointOnAFigureWhereTheyAreBetterThanTheComparisonTheSentenceStates() {
        int compared = 0;
        for (RepCoaching rep : coaching) {
            for (CoachingPoint point : rep.ranked()) {
                for (Figure figure : point.figures()) {
                    if (!figure.name().startsWith("topPerformers")) continue;
                    String name = Character.toLowerCase(figure.name().charAt("topPerformers".length()))
                            + figure.name().substring("topPerformers".length() + 1);
                    double own = point.figures().stream().filter(f -> f.name().equals(name)).findFirst()
                            .orElseThrow(() -> new AssertionError("no " + name + " beside " + figure.name())).value();
                    // the rep must be worse than the top performers: fewer days started with prospecting, more of the rest
                    boolean worse = point.kind() == PointKind.PROSPECTING_NOT_FIRST ? own < figure.value() : own > figure.value();
                    assertThat(worse).as(rep.rep().name() + ": " + point.sentence()).isTrue();
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void theHighValueShareIsGivenByTheCatalogueAndByTheDataWithTheTypesTheyDisagreeOn() {
        for (RepCoaching rep : coaching) {
            HighValueShare share = rep.highValue();
            assertThat(share.byData()).as(rep.rep().name()).isBetween(0.0, 1.0);
            assertThat(share.disagreements()).extracting(HighValueShare.Disagreement::type).doesNotContain("Prospecting Call");
            if (share.disagreements().stream().anyMatch(d -> d.type().equals("LinkedIn Message"))) {
                assertThat(share.words()).contains("LinkedIn Message (classed HIGH, no measured effect)");
            }
        }
        assertThat(coaching).anyMatch(rep -> rep.highValue().byData() < rep.highValue().byCatalogue());
    }

    @Test
    void pointsWithAMeasuredEffectRankFirstLargestEffectFirst() {
        for (RepCoaching rep : coaching) {
            List<CoachingPoint> points = rep.ranked();
            for (int index = 1; index < points.size(); index++) {
                CoachingPoint before = points.get(index - 1), after = points.get(index);
                if (after.hasMeasuredEffect()) {
                    assertThat(before.hasMeasuredEffect()).isTrue();
                    assertThat(before.effect().value()).isGreaterThanOrEqualTo(after.effect().value());
                }
            }
        }
    }

    @Test
    void theSameDataAndPeriodGiveTheSameTextAndTheSameJson() throws Exception {
        List<RepCoaching> again = coach();
        ObjectMapper json = Documents.mapper();
        Period period = Period.lastDays(org.end(), 90);

        assertThat(again.stream().flatMap(rep -> rep.ranked().stream()).map(CoachingPoint::sentence).toList())
                .isEqualTo(coaching.stream().flatMap(rep -> rep.ranked().stream()).map(CoachingPoint::sentence).toList());
        assertThat(json.writeValueAsString(CoachingDocument.of(again, period, org.end())))
                .isEqualTo(json.writeValueAsString(CoachingDocument.of(coaching, period, org.end())));
    }
}
