package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export whose last activity is five months old, analysed "now" (a fixed clock, 2026-12-03): without
 * --from/--to (or --period) report, coach and value show the data's own last days and say so, instead
 * of an empty table for a period the data never reached.
 */
class StaleExportPeriodTest {
    static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);
    static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T16:57:18.280721488Z"), ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path export;
    @TempDir
    static Path home;
    static String someRep;

    @BeforeAll
    static void generateAnOrgThatEndedMonthsAgo() throws IOException {
        new Generator(new GeneratorSettings(6, 60, 11L, UNTIL, GeneratorSettings.Style.EXPORT)).writeTo(export, rows -> { });
        CliRun imported = needle("import", export.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode reps = JSON.readTree(needle("report", "--json").out()).get("reps");
        someRep = reps.get(0).get("email").asText();
    }

    @Test
    void reportWithoutAPeriodShowsTheDatasLast90DaysAndSaysSo() throws IOException {
        CliRun text = needle("report");
        assertThat(text.exitCode()).as(text.err()).isZero();
        String header = text.out().lines().findFirst().orElseThrow();
        // dates, not instants with nanoseconds
        assertThat(header).doesNotContain("T16:57").doesNotContain(".280721488").matches(
                "Activities and results, 2026-0[34]-\\d\\d to 2026-0[67]-\\d\\d \\(.+\\) \\(recorded before 2026-12-03 \\d\\d:57 .+\\)");
        assertThat(text.out()).contains("Note: no activity in the 90 days to 2026-12-03; showing the data's last 90 days, ");

        JsonNode report = JSON.readTree(needle("report", "--json").out());
        assertThat(report.get("periodMoved").asBoolean()).isTrue();
        assertThat(report.get("periodNote").asText()).startsWith("no activity in the 90 days to 2026-12-03");
        Instant to = Instant.parse(report.get("period").get("to").asText());
        assertThat(to).isAfter(UNTIL.atStartOfDay(ZoneOffset.UTC).toInstant())
                .isBefore(UNTIL.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(LocalDate.parse(report.get("periodDays").get("last").asText()))
                .isEqualTo(LocalDate.parse(report.get("periodDays").get("first").asText()).plusDays(89));
        double hours = 0;
        for (JsonNode rep : report.get("reps")) hours += rep.get("hoursByValueClass").get("HIGH").asDouble();
        assertThat(hours).as("the reps' hours in the data's last 90 days").isGreaterThan(100);
    }

    @Test
    void aPeriodTheUserNamesIsKeptAndAnEmptyOneSaysWhereTheDataIs() throws IOException {
        JsonNode named = JSON.readTree(needle("report", "--json", "--from", "2026-05-01", "--to", "2026-05-31").out());
        assertThat(named.get("period").get("from").asText()).isEqualTo("2026-05-01T00:00:00Z");
        assertThat(named.has("periodNote")).isFalse();

        CliRun empty = needle("report", "--from", "2026-10-01", "--to", "2026-11-30");
        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("Activities and results, 2026-10-01 to 2026-11-30 (UTC)")
                .containsPattern("Note: nothing was recorded from 2026-10-01 to 2026-11-30; the data runs from 20\\d\\d-\\d\\d-\\d\\d to 2026-0[67]-\\d\\d\\.");
    }

    @Test
    void asOfInsideTheDataKeepsTheUsualWindow() throws IOException {
        JsonNode report = JSON.readTree(needle("report", "--json", "--as-of", "2026-06-30").out());
        assertThat(report.has("periodNote")).isFalse();
        assertThat(report.get("period").get("to").asText()).isEqualTo("2026-07-01T00:00:00Z");
    }

    @Test
    void theWeeklyReportWithoutAWeekIsTheDatasLastWeek() throws IOException {
        String team = JSON.readTree(needle("report", "--json").out()).get("reps").get(0).get("team").asText();

        CliRun run = needle("report", "--weekly", "--team", team, "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode weekly = JSON.readTree(run.out());
        assertThat(weekly.get("week").asText()).matches("2026-W2[6-9]");
        assertThat(weekly.get("periodNote").asText()).startsWith("no activity in the week of 2026-11-30; showing the data's last week, 2026-0");
        Path html = home.resolve("weekly.html");
        CliRun page = needle("report", "--weekly", "--team", team, "--out", html.toString());
        assertThat(page.out()).contains("Note: no activity in the week of 2026-11-30");
    }

    @Test
    void coachWithoutAPeriodCoachesOnTheDatasLast90Days() throws IOException {
        CliRun text = needle("coach", "--rep", someRep);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out().lines().findFirst().orElseThrow()).startsWith("Coaching for 2026-0").doesNotContain("Z ");
        assertThat(text.out()).contains("Note: no activity in the 90 days to 2026-12-03; showing the data's last 90 days");

        JsonNode json = JSON.readTree(needle("coach", "--rep", someRep, "--json").out());
        assertThat(json.get("periodNote").asText()).contains("showing the data's last 90 days");
        assertThat(json.get("reps")).hasSize(1);

        CliRun named = needle("coach", "--rep", someRep, "--period", "2026-11");
        assertThat(named.exitCode()).isEqualTo(2);
        assertThat(named.err()).contains("nothing was recorded from 2026-11-01 to 2026-11-30; the data runs from");
    }

    @Test
    void valueLearnsFromTheUsualYearWhileTheDataReachesIntoItAndFromTheDatasLastYearOnceItDoesNot() throws IOException {
        JsonNode recent = JSON.readTree(needle("value", "--json").out());
        assertThat(recent.has("periodNote")).as("five months old: still inside the year value learns from").isFalse();

        Clock muchLater = Clock.fixed(Instant.parse("2027-11-02T09:00:00Z"), ZoneOffset.UTC);
        JsonNode value = JSON.readTree(CliRun.at(muchLater, home, "value", "--json").out());
        assertThat(value.get("periodNote").asText()).startsWith("no activity in the 365 days to 2027-11-02; showing the data's last 365 days");
        assertThat(activities(value)).isEqualTo(activities(recent)).isPositive();
        assertThat(CliRun.at(muchLater, home, "value").out()).contains("Note: no activity in the 365 days");
    }

    private static long activities(JsonNode value) {
        long count = 0;
        for (JsonNode type : value.get("types")) count += type.get("activities").asLong();
        return count;
    }

    private static CliRun needle(String... args) {
        return CliRun.at(NOW, home, args);
    }
}
