package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code needle coach} and {@code needle report --weekly} on a generated org imported once through the CLI. */
class CoachCommandTest {
    static final GeneratorSettings SETTINGS = new GeneratorSettings(8, 40, 5L);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path export;
    @TempDir
    static Path home;
    @TempDir
    static Path out;
    static JsonNode planted;

    @BeforeAll
    static void generateAndImportOnce() throws IOException {
        new Generator(SETTINGS).writeTo(export, rows -> { });
        planted = JSON.readTree(export.resolve("planted-effects.json").toFile());
        CliRun imported = needle("import", export.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void coachJsonIsOneDocumentWithEachPointsSentenceFiguresAndEffect() throws IOException {
        String busyRep = planted.get("busyNotProductiveReps").get(0).asText();

        CliRun run = needle("coach", "--rep", busyRep, "--as-of", "2025-06-30", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = JSON.readTree(run.out());
        assertThat(document.get("period").get("to").asText()).isEqualTo("2025-07-01T00:00:00Z");
        JsonNode rep = document.get("reps").get(0);
        assertThat(rep.get("externalId").asText()).isEqualTo(busyRep);
        assertThat(rep.get("comparedWith").get("topPerformers")).isNotEmpty();
        assertThat(rep.fieldNames()).toIterable().contains("highValueShare", "highValueShareLearned", "valueClassDisagreements");
        assertThat(rep.get("points")).isNotEmpty();
        for (JsonNode point : rep.get("points")) {
            assertThat(point.fieldNames()).toIterable().contains("kind", "sentence", "figures", "effect", "tooThin", "impact");
            assertThat(point.get("figures").size()).isPositive();
        }
    }

    @Test
    void coachingATeamPrintsEveryRepOfItWithNumberedPoints() {
        CliRun run = needle("coach", "--team", "east", "--as-of", "2025-06-30", "--period", "2025-Q2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Coaching for 2025-04-01 to 2025-06-30 (UTC) (recorded before 2025-07-01 00:00 UTC)", "(East, ", "1. ",
                "by the catalogue's classes", "by what this team's data shows");
    }

    @Test
    void quarterAloneIsTheQuarterAsOfFallsInAsForTheForecast() {
        CliRun named = needle("coach", "--team", "east", "--as-of", "2025-06-30", "--period", "2025-Q2", "--json");
        CliRun current = needle("coach", "--team", "east", "--as-of", "2025-06-30", "--period", "quarter", "--json");

        assertThat(current.exitCode()).as(current.err()).isZero();
        assertThat(current.out()).isEqualTo(named.out());
    }

    @Test
    void coachingNeedsARepOrATeamAndNotBoth() {
        CliRun neither = needle("coach", "--as-of", "2025-06-30");
        CliRun both = needle("coach", "--rep", "someone", "--team", "East");

        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("--rep=REP or --team=TEAM");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void aTeamOrRepThatMatchesNoneIsBadUsageWhicheverCommandIsAsked() {
        for (String command : new String[] {"coach", "report", "deals"}) {
            CliRun team = needle(command, "--team", "Nowhere", "--as-of", "2025-06-30");
            CliRun rep = needle(command, "--rep", "nobody@nowhere.example", "--as-of", "2025-06-30");

            assertThat(team.exitCode()).as(command).isEqualTo(2);
            assertThat(team.err()).as(command).contains("no team named Nowhere");
            assertThat(rep.exitCode()).as(command).isEqualTo(2);
            assertThat(rep.err()).as(command).contains("no rep matches --rep nobody@nowhere.example");
        }
    }

    @Test
    void valueLearnsFromATeamsRecordsAndATeamThatMatchesNoneIsBadUsage() {
        CliRun run = needle("value", "--team", "Nowhere");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no team named Nowhere");
    }

    @Test
    void anUnknownPeriodIsBadUsageThatSaysWhichFormsWork() {
        CliRun run = needle("coach", "--team", "East", "--period", "last week");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--period", "2026-W20", "last-90-days");
    }

    @Test
    void theWeeklyReportIsWrittenAsHtmlAndPdf() throws IOException {
        Path html = out.resolve("reports/weekly.html");
        Path pdf = out.resolve("reports/weekly.pdf");

        CliRun run = needle("report", "--weekly", "--team", "East", "--week", "2025-W26", "--as-of", "2025-06-30",
                "--out", html.toString(), "--pdf", pdf.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<?xml").contains("Team East, week 2025-W26");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(out.resolve("reports")).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void theWeeklyReportsFiguresAreOneJsonDocument() throws IOException {
        CliRun run = needle("report", "--weekly", "--team", "East", "--as-of", "2025-06-29", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = JSON.readTree(run.out());
        assertThat(document.get("team").asText()).isEqualTo("East");
        assertThat(document.get("week").asText()).isEqualTo("2025-W26");
        assertThat(document.fieldNames()).toIterable().contains("reps", "busyVsProductive", "valuePerHour", "funnel",
                "forecast", "hygiene", "coaching");
        assertThat(document.get("forecast").get(0).fieldNames()).toIterable().contains("p10", "p50", "p90");
        assertThat(document.get("coaching").get(0).get("points")).isNotNull();
    }

    @Test
    void theWeeklyReportNeedsATeamAndAFile() {
        assertThat(needle("report", "--weekly", "--out", out.resolve("x.html").toString()).exitCode()).isEqualTo(2);
        CliRun noFile = needle("report", "--weekly", "--team", "East");
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("--out FILE.html");
        CliRun noTeam = needle("report", "--weekly", "--team", "Nowhere", "--out", out.resolve("x.html").toString());
        assertThat(noTeam.exitCode()).isEqualTo(2);
        assertThat(noTeam.err()).contains("no team named Nowhere");
        assertThat(out.resolve("x.html")).doesNotExist();
    }

    private static CliRun needle(String... args) {
        return CliRun.in(home, args);
    }
}
