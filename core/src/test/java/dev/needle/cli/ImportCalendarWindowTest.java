package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code needle import --calendar-from/--calendar-to} take whole days in the rep's zone, both included: a rep in
 * Los Angeles (-08:00 in winter) keeps a call at 18:00 on the last day, which is already the next day in UTC.
 */
class ImportCalendarWindowTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REP = "lou@example.com";

    @TempDir
    Path home;
    @TempDir
    Path export;

    @Test
    void anEveningCallOnTheLastDayIsImportedAndNothingOutsideTheDays() throws IOException {
        importRep();

        CliRun run = CliRun.in(home, "import", "--json", "--calendar-from", "2026-12-01", "--calendar-to", "2026-12-31",
                calendar().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("files").get(0).get("stored").asInt())
                .as("the 1 December morning call and the 31 December evening call").isEqualTo(2);
        assertThat(plannedMeetings("2026-12-31")).containsExactly("New Year's Eve call with Tokyo");
        assertThat(plannedMeetings("2026-12-01")).containsExactly("First call of December");
    }

    @Test
    void aWindowOfOneDayHoldsThatDay() throws IOException {
        importRep();

        CliRun run = CliRun.in(home, "import", "--json", "--calendar-from", "2026-12-31", "--calendar-to", "2026-12-31",
                calendar().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("files").get(0).get("stored").asInt()).isEqualTo(1);
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsAUsageError() throws IOException {
        CliRun run = CliRun.in(home, "import", "--calendar-from", "2026-12-31", "--calendar-to", "2026-12-30",
                calendar().toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--calendar-to must not be before --calendar-from");
    }

    private void importRep() throws IOException {
        Path reps = Files.writeString(export.resolve("reps.csv"),
                "id,name,email,team,manager_id,time_zone,quota\nR1,Lou Rep," + REP + ",West,,America/Los_Angeles,100000\n");
        CliRun run = CliRun.in(home, "import", reps.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** Named after the rep, so it is theirs; times in UTC to show where the rep's days begin and end. */
    private Path calendar() throws IOException {
        return Files.writeString(export.resolve(REP + ".ics"), String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Needle tests//window//EN",
                event("late-nov", "20261201T040000Z", "Late call on 30 November"),        // 20:00 on the 30th in LA
                event("first-dec", "20261201T160000Z", "First call of December"),         // 08:00 on the 1st
                event("nye", "20270101T020000Z", "New Year's Eve call with Tokyo"),       // 18:00 on the 31st
                event("new-year", "20270101T170000Z", "First call of the year"),          // 09:00 on 1 January
                "END:VCALENDAR", ""));
    }

    private static String event(String uid, String start, String summary) {
        return String.join("\r\n", "BEGIN:VEVENT", "UID:" + uid + "@example.com", "DTSTAMP:20261101T000000Z",
                "DTSTART:" + start, "DURATION:PT30M", "SUMMARY:" + summary, "END:VEVENT");
    }

    private List<String> plannedMeetings(String date) throws IOException {
        CliRun plan = CliRun.in(home, "plan", "--rep", REP, "--date", date, "--json");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        List<String> summaries = new ArrayList<>();
        for (JsonNode meeting : JSON.readTree(plan.out()).get("meetings")) summaries.add(meeting.get("summary").asText());
        return summaries;
    }
}
