package dev.needle.coach;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.measure.Period;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

class CoachTest {
    static GeneratedOrg org;
    static List<RepCoaching> coaching;

    @BeforeAll
    static void coachTheGeneratedOrg() {
        org = GeneratedOrg.of(40, 250, 3);
        coaching = Coach.of(org.dataset(), ActivityCatalog.defaults(), org.end(), Period.lastDays(org.end(), 90));
    }

    @Test
    void debug() {
        JsonNode planted = org.planted();
        for (RepCoaching rep : coaching) {
            System.out.println("== " + rep.rep().name() + " " + rep.team() + " " + rep.quadrant() + " busy="
                    + planted.get("busyNotProductiveReps").toString().contains(rep.rep().externalId())
                    + " empty=" + planted.get("repEmptyTouchShare").get(rep.rep().externalId())
                    + " first=" + planted.get("repStartsWithProspectingShare").get(rep.rep().externalId()));
            System.out.println("   bench " + rep.benchmark());
            for (CoachingPoint point : rep.ranked()) System.out.println("   - " + point.kind() + " " + point.impact() + " " + point.sentence());
        }
    }
}
