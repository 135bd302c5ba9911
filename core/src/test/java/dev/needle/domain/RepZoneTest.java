package dev.needle.domain;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A rep's time zone is read one way everywhere (as recorded when Java knows it, else UTC, and saying so), and so is the key a user names a rep by. */
class RepZoneTest {

    @Test
    void aZoneIdOrOffsetTheSourceRecordedIsTheRepsZoneEvenWithSpacesAround() {
        assertThat(rep("Europe/Paris").zone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(rep(" America/New_York ").zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(rep("+05:30").zone()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    }

    @Test
    void noZoneOrOneJavaDoesNotKnowCountsInUtcAndKnownZoneSaysSo() {
        for (String recorded : new String[]{null, "", "  ", "Mars/Olympus_Mons", "Eastern Standard Time"}) {
            assertThat(rep(recorded).knownZone()).as("\"%s\"", recorded).isEmpty();
            assertThat(rep(recorded).zone()).as("\"%s\"", recorded).isEqualTo(ZoneOffset.UTC);
        }
    }

    @Test
    void theFallBackOnUtcIsSaidWithWhatWasRecordedAndNothingIsSaidOfAKnownZone() {
        assertThat(rep(null).zoneNote()).contains("no time zone on record for this rep; times are in UTC");
        assertThat(rep("Eastern Standard Time").zoneNote())
                .contains("the rep's time zone \"Eastern Standard Time\" is not one Needle knows; times are in UTC");
        assertThat(rep("Europe/Paris").zoneNote()).isEmpty();
    }

    @Test
    void aRepAnswersToNeedlesIdTheSourcesIdOrTheEmailInAnyCaseAndToNothingElse() {
        Rep ann = rep("Europe/Paris");

        assertThat(ann.answersTo("1")).isTrue();
        assertThat(ann.answersTo("005A")).isTrue();
        assertThat(ann.answersTo("ANN@example.com")).isTrue();
        assertThat(ann.answersTo("005a")).as("source ids keep their case (Salesforce's differ by it)").isFalse();
        assertThat(ann.answersTo("Ann Lee")).isFalse();
    }

    @Test
    void aTeamIsMatchedIgnoringCaseAndSpacesAround() {
        assertThat(rep(null).inTeam(" emea ")).isTrue();
        assertThat(rep(null).inTeam("EME")).isFalse();
        assertThat(rep(null).inTeam(null)).isFalse();
    }

    private static Rep rep(String timeZone) {
        return new Rep(1, "salesforce", "005A", "Ann Lee", "ann@example.com", "EMEA", null, timeZone, null);
    }
}
