package dev.needle.coach;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coaching checked against what the generator planted, for any export shape of a generated org.
 * Planted rep ids are the style's (18 characters in the Data Export, 15 in a Data Loader extract); the
 * store keeps Salesforce ids in 18 characters, whose first 15 are the 15-character id, so ids are
 * compared on those.
 */
final class PlantedCoaching {
    private PlantedCoaching() {
    }

    /** Every rep planted busy but not productive has the time-mix point, with an effect whose interval lies above zero. */
    static void assertBusyRepsGetTheTimeMixPointWithAMeasuredEffect(List<RepCoaching> coaching, JsonNode planted) {
        Set<String> busy = busyReps(planted);
        assertThat(busy).hasSize(6);
        int seen = 0;
        for (RepCoaching rep : coaching) {
            if (!busy.contains(key(rep.rep().externalId()))) continue;
            seen++;
            CoachingPoint timeMix = point(rep, PointKind.TIME_MIX);
            assertThat(rep.has(PointKind.TIME_MIX)).as(rep.rep().name()).isTrue();
            assertThat(timeMix.hasMeasuredEffect()).isTrue();
            assertThat(timeMix.effect().low()).isGreaterThan(0);
            assertThat(timeMix.sentence()).contains("h/week", "team's top performers", "Prospecting Call", "95% interval");
        }
        assertThat(seen).as("busy reps found in the coaching").isEqualTo(busy.size());
    }

    /** Reps planted with an empty-touch share of 0.35 or more (over ten of them) get the empty-touch point. */
    static List<RepCoaching> assertRepsWithManyEmptyTouchesGetTheEmptyTouchPoint(List<RepCoaching> coaching, JsonNode planted) {
        List<RepCoaching> manyEmpty = coaching.stream().filter(rep -> plantedEmptyShare(planted, rep) >= 0.35).toList();
        assertThat(manyEmpty).hasSizeGreaterThan(10);
        for (RepCoaching rep : manyEmpty) {
            assertThat(rep.has(PointKind.EMPTY_TOUCHES)).as(rep.rep().name()).isTrue();
            assertThat(point(rep, PointKind.EMPTY_TOUCHES).sentence()).contains("gave the buyer nothing", "stage advances a week");
        }
        return manyEmpty;
    }

    static Set<String> busyReps(JsonNode planted) {
        Set<String> busy = new HashSet<>();
        planted.get("busyNotProductiveReps").forEach(id -> busy.add(key(id.asText())));
        return busy;
    }

    static boolean isBusy(JsonNode planted, RepCoaching rep) {
        return busyReps(planted).contains(key(rep.rep().externalId()));
    }

    static double plantedEmptyShare(JsonNode planted, RepCoaching rep) {
        return plantedFor(planted.get("repEmptyTouchShare"), rep).asDouble();
    }

    static double plantedProspectingFirstShare(JsonNode planted, RepCoaching rep) {
        return plantedFor(planted.get("repStartsWithProspectingShare"), rep).asDouble();
    }

    static CoachingPoint point(RepCoaching rep, PointKind kind) {
        return rep.ranked().stream().filter(point -> point.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(rep.rep().name() + " has no " + kind + " point: " + rep.ranked()));
    }

    private static JsonNode plantedFor(JsonNode byRep, RepCoaching rep) {
        String wanted = key(rep.rep().externalId());
        for (var it = byRep.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (key(entry.getKey()).equals(wanted)) return entry.getValue();
        }
        throw new AssertionError("nothing planted for rep " + rep.rep().externalId());
    }

    private static String key(String salesforceId) {
        return salesforceId.length() == 18 ? salesforceId.substring(0, 15) : salesforceId;
    }
}
