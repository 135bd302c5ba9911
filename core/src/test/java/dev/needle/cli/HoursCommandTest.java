package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code needle hours set/show} through the command line, and {@code needle plan} on the days off they make: a rep
 * in Munich with the Bavarian holidays and an Outlook calendar with a vacation; her team in Berlin with its default.
 */
class HoursCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Clock DECEMBER = Clock.fixed(Instant.parse("2026-12-20T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path home;
    @TempDir
    static Path export;

    @BeforeAll
    static void importTheTeam() throws IOException, URISyntaxException {
        Files.writeString(export.resolve("reps.csv"), """
                id,name,email,team,manager_id,time_zone,quota
                r1,Lena Lang,lena@example.com,DACH,,Europe/Berlin,100000
                r2,Max Moser,max@example.com,DACH,r1,Europe/Berlin,100000
                """);
        Files.writeString(export.resolve("deals.csv"), """
                id,account_id,owner_id,name,amount,currency,stage,lead_source,product,created_at,expected_close,closed_at,outcome
                d1,,r2,Siemens pilot,40000,EUR,Proposal,,,2026-11-01T09:00:00Z,2027-01-31,,OPEN
                """);
        Files.writeString(export.resolve("next_actions.csv"), """
                id,deal_id,rep_id,what,due,value_for_buyer,buyer_next_step,status,account_id
                n1,d1,r2,Send the pilot plan,2026-12-18,A plan their board can sign,Sign the pilot,OPEN,
                """);
        assertThat(needle("import", export.toString()).exitCode()).isZero();
        Path outlook = Path.of(HoursCommandTest.class.getResource("/calendars/outlook-out-of-office.ics").toURI());
        CliRun calendar = needle("import", "--rep", "max@example.com", outlook.toString());
        assertThat(calendar.exitCode()).as(calendar.err()).isZero();
    }

    @Test
    void aRepsHoursAreSetAndShownWithTheirNextHolidays() throws IOException {
        CliRun set = needle("hours", "set", "--rep", "max@example.com", "--days", "mon-fri", "--from", "08:00", "--to", "16:30", "--holidays", "de-by");
        CliRun shown = needle("hours", "show", "--rep", "max@example.com");
        JsonNode json = JSON.readTree(needle("hours", "show", "--rep", "max@example.com", "--json").out());

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("Max Moser works mon-fri 08:00-16:30, public holidays of de-by.\n");
        assertThat(shown.out()).startsWith("Max Moser works mon-fri 08:00-16:30, public holidays of de-by (their own hours; times in Europe/Berlin).\n"
                + "Public holidays of Germany / Bavaria; the next ones:\n"
                + "  2026-12-25 FRIDAY    1st Christmas day (DE-BY)\n"
                + "  2026-12-26 SATURDAY  2nd Christmas day (DE-BY)\n"
                + "  2027-01-01 FRIDAY    New Year's Day (DE-BY)\n"
                + "  2027-01-06 WEDNESDAY Epiphany (DE-BY)\n");
        assertThat(json.get("source").asText()).isEqualTo("rep");
        assertThat(json.get("from").asText()).isEqualTo("08:00");
        assertThat(json.get("holidayCalendar").asText()).isEqualTo("Germany / Bavaria");
        assertThat(json.get("nextHolidays").get(0).get("date").asText()).isEqualTo("2026-12-25");
    }

    @Test
    void aTeamsDefaultHoldsForItsRepsWithNoHoursOfTheirOwn() {
        CliRun set = needle("hours", "set", "--team", "dach", "--days", "mon-thu", "--from", "09:00", "--to", "18:00", "--holidays", "de-be");
        CliRun shown = needle("hours", "show", "--rep", "lena@example.com");

        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("Team DACH works mon-thu 09:00-18:00, public holidays of de-be, unless a rep has hours of their own.\n");
        assertThat(shown.out()).startsWith("Lena Lang works mon-thu 09:00-18:00, public holidays of de-be (team DACH's hours; times in Europe/Berlin).");
    }

    @Test
    void anUnknownRegionIsRefusedWithTheValidOnesAndNothingIsStored() {
        CliRun refused = needle("hours", "set", "--rep", "lena@example.com", "--holidays", "de-bavaria");
        CliRun badDay = needle("hours", "set", "--rep", "lena@example.com", "--days", "mon-fry");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("--holidays: no region 'bavaria' in the holidays of de; its regions are: bb, be, bw, by,")
                .contains("(write them as de-bb)");
        assertThat(badDay.exitCode()).isEqualTo(2);
        assertThat(badDay.err()).contains("--days: 'fry' is not a day of the week");
        assertThat(needle("hours", "show", "--rep", "lena@example.com").out()).doesNotContain("bavaria").doesNotContain("fry");
    }

    @Test
    void theRepsPlanOnAHolidayOrAVacationDaySaysWhyAndCarriesTheWorkOn() throws IOException {
        needle("hours", "set", "--rep", "max@example.com", "--from", "08:00", "--to", "16:30", "--holidays", "de-by");

        CliRun christmas = needle("plan", "--rep", "max@example.com", "--date", "2026-12-25");
        JsonNode vacation = JSON.readTree(needle("plan", "--rep", "max@example.com", "--date", "2026-12-28", "--json").out());
        CliRun vacationText = needle("plan", "--rep", "max@example.com", "--date", "2026-12-29");
        JsonNode week = JSON.readTree(needle("plan", "--rep", "max@example.com", "--date", "2026-12-24", "--days", "3", "--json").out());

        assertThat(christmas.exitCode()).as(christmas.err()).isZero();
        assertThat(christmas.out()).contains("not a working day: 1st Christmas day (DE-BY)").contains("nothing planned")
                .contains("to 2026-12-30 (1st Christmas day (DE-BY)) — DEAL_ADVANCEMENT: Send the pilot plan");
        assertThat(vacation.get("dayOff").asText()).isEqualTo("away all day: Vacation");
        assertThat(vacationText.out()).contains("  all day      Away                 Vacation\n  away all day: Vacation — not a working day\n");
        assertThat(vacation.get("blocks")).isEmpty();
        assertThat(vacation.get("carriedOver").get(0).get("to").asText()).isEqualTo("2026-12-30");
        assertThat(week.get("plans").findValuesAsText("date")).containsExactly("2026-12-24", "2026-12-30", "2026-12-31");
        JsonNode christmasEve = week.get("plans").get(0);
        assertThat(christmasEve.get("workingHours").get("start").asText()).isEqualTo("08:00");
        assertThat(christmasEve.get("blocks").get(0).get("start").asText()).isEqualTo("2026-12-24T08:00+01:00");
    }

    private static CliRun needle(String... args) {
        return CliRun.at(DECEMBER, home, args);
    }
}
