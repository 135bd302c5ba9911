package dev.needle.measure;

import dev.needle.measure.BusyVsProductive.Measured;
import dev.needle.measure.RepPerformance.Classification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The busy-vs-productive rule on hand-made reps: 20 working days each, results per hour against the team. */
class BusyVsProductiveTest {

    @Test
    void aRepWithFarMoreActivitiesAndFewerResultsPerHourThanTheTeamIsBusyNotProductive() {
        List<Measured> team = usualTeam("East");
        team.add(rep(99, "East", 40, 150, 10));

        Classification busy = BusyVsProductive.classify(team).get(99L);

        assertThat(busy.quadrant()).isEqualTo(Quadrant.BUSY_NOT_PRODUCTIVE);
        assertThat(busy.volumeVsPeers()).isCloseTo(2.0, within(1e-9));
        assertThat(busy.peerGroup()).isEqualTo("East");
    }

    @Test
    void aBusyRepWhoseResultsKeepUpWithTheTeamIsBusyAndProductive() {
        List<Measured> team = usualTeam("East");
        team.add(rep(99, "East", 40, 150, 60));

        assertThat(BusyVsProductive.classify(team).get(99L).quadrant()).isEqualTo(Quadrant.BUSY_AND_PRODUCTIVE);
    }

    @Test
    void aUsualVolumeSplitsIntoProductiveAndNotProductiveAtThreeQuartersOfTheTeamsResultsPerHour() {
        List<Measured> team = usualTeam("East");
        team.add(rep(98, "East", 20, 100, 31)); // 0.31 per hour against a median of 0.40: 0.78
        team.add(rep(99, "East", 20, 100, 29)); // 0.73

        Map<Long, Classification> classes = BusyVsProductive.classify(team);

        assertThat(classes.get(98L).quadrant()).isEqualTo(Quadrant.PRODUCTIVE);
        assertThat(classes.get(99L).quadrant()).isEqualTo(Quadrant.NOT_PRODUCTIVE);
    }

    @Test
    void aRepWhoseTeamIsTooSmallIsComparedWithEveryone() {
        List<Measured> reps = usualTeam("East");
        reps.add(rep(98, "Solo", 40, 150, 10));

        Classification solo = BusyVsProductive.classify(reps).get(98L);

        assertThat(solo.peerGroup()).isEqualTo(BusyVsProductive.EVERYONE);
        assertThat(solo.peers()).isEqualTo(6);
        assertThat(solo.quadrant()).isEqualTo(Quadrant.BUSY_NOT_PRODUCTIVE);
    }

    @Test
    void aRepWithTooFewWorkingDaysIsNotJudged() {
        List<Measured> team = usualTeam("East");
        team.add(new Measured(99, "East", time(80, 20, 3), new Results(1, 0, 0, BigDecimal.ZERO)));

        assertThat(BusyVsProductive.classify(team).get(99L).quadrant()).isEqualTo(Quadrant.UNKNOWN);
    }

    /** Five reps with 20 activities a day and 0.4 results per hour. */
    private static List<Measured> usualTeam(String team) {
        List<Measured> reps = new ArrayList<>();
        for (int id = 1; id <= 5; id++) reps.add(rep(id, team, 20, 100, 40));
        return reps;
    }

    private static Measured rep(long id, String team, int activitiesPerDay, double hours, int outcomes) {
        return new Measured(id, team, time(activitiesPerDay * 20, hours, 20), new Results(outcomes, 0, 0, BigDecimal.ZERO));
    }

    private static TimeAllocation time(int activities, double hours, int days) {
        return new TimeAllocation(activities, hours, days, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0);
    }
}
