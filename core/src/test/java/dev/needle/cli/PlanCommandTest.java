package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code needle plan} on a generated org (calendars included) imported once through the CLI. */
class PlanCommandTest {
    static final GeneratorSettings SETTINGS =
            new GeneratorSettings(5, 40, 9L, LocalDate.of(2026, 6, 30), GeneratorSettings.Style.EXPORT);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path export;
    @TempDir
    static Path home;
    static String repEmail;
    static String team;

    @BeforeAll
    static void generateAndImportOnce() throws IOException {
        new Generator(SETTINGS).writeTo(export, rows -> { });
        CliRun imported = needle("import", export.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        try (var calendars = Files.list(export.resolve("calendars"))) {
            repEmail = calendars.map(file -> file.getFileName().toString().replace(".ics", "")).sorted().findFirst().orElseThrow();
        }
        JsonNode plan = JSON.readTree(needle("plan", "--rep", repEmail, "--date", "2026-07-01", "--json").out());
        team = JSON.readTree(needle("report", "--json", "--rep", repEmail, "--from", "2026-04-01", "--to", "2026-06-30", "--as-of", "2026-06-30").out()).get("reps").get(0).get("team").asText();
        assertThat(plan.get("rep").get("email").asText()).isEqualTo(repEmail);
    }

    @Test
    void planJsonHasOrderedBlocksWithTasksCarriedOverWorkAndTheHighValueShare() throws IOException {
        CliRun run = needle("plan", "--rep", repEmail, "--date", "2026-07-01", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = JSON.readTree(run.out());
        assertThat(plan.fieldNames()).toIterable().contains("rep", "date", "timeZone", "blocks", "meetings", "carriedOver", "highValueShare");
        assertThat(plan.get("rep").fieldNames()).toIterable().contains("id", "externalId");
        JsonNode blocks = plan.get("blocks");
        assertThat(blocks).isNotEmpty();
        assertThat(blocks.get(0).get("category").asText()).isEqualTo("OPPORTUNITY_CREATION");
        assertThat(blocks.get(blocks.size() - 1).get("category").asText()).isEqualTo("ADMIN");
        for (JsonNode block : blocks) {
            assertThat(block.fieldNames()).toIterable().contains("start", "end", "category", "tasks", "rule");
            for (JsonNode task : block.get("tasks")) {
                assertThat(task.fieldNames()).toIterable().contains("deal", "contact", "action", "valueForBuyer", "buyerNextStep");
                if (!task.get("deal").isNull()) assertThat(task.get("deal").fieldNames()).toIterable().contains("id", "externalId");
            }
        }
        assertThat(plan.get("carriedOver").isArray()).isTrue();
        assertThat(plan.get("highValueShare").asDouble()).isBetween(0.5, 1.0);
    }

    @Test
    void aTeamForSeveralDaysIsOneDocumentWithAPlanPerRepAndDayAndAnIcsEventPerBlock() throws IOException {
        Path ics = home.resolve("team.ics");

        CliRun run = needle("plan", "--team", team, "--date", "2026-07-02", "--days", "2", "--json", "--ics", ics.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plans = JSON.readTree(run.out()).get("plans");
        assertThat(plans.size()).isEven().isGreaterThanOrEqualTo(2);
        assertThat(plans.findValuesAsText("date")).contains("2026-07-02", "2026-07-03");
        int blocks = 0;
        for (JsonNode plan : plans) blocks += plan.get("blocks").size();
        String text = Files.readString(ics);
        assertThat(text.split("BEGIN:VEVENT", -1)).hasSize(blocks + 1);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VTIMEZONE");
    }

    @Test
    void terminalTextShowsMeetingsBlocksTheirRuleAndWhatWasCarriedOver() {
        CliRun run = needle("plan", "--rep", repEmail, "--date", "2026-07-01", "--prospecting-hours", "9");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Opportunity creation", "before email", "Admin", "High-value share", "Carried over");
    }

    @Test
    void terminalTextNeverRepeatsATaskLineNamesProspectsAndCountsTheSlotsNoAccountFills() {
        CliRun run = needle("plan", "--team", team, "--date", "2026-07-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.List<String> lines = run.out().lines().toList();
        for (int index = 1; index < lines.size(); index++) {
            if (lines.get(index).trim().startsWith("- ")) {
                assertThat(lines.get(index)).as("line %d repeats the one above", index).isNotEqualTo(lines.get(index - 1));
            }
        }
        assertThat(run.out()).containsPattern("- (Dream client: a|A)sk for a first meeting — ");
    }

    @Test
    void badUsageExitsWith2() {
        assertThat(needle("plan", "--rep", "nobody@nowhere.example", "--date", "2026-07-01").exitCode()).isEqualTo(2);
        assertThat(needle("plan", "--rep", repEmail, "--days", "0").exitCode()).isEqualTo(2);
        assertThat(needle("plan", "--rep", repEmail, "--hours", "9-5").exitCode()).isEqualTo(2);
        assertThat(needle("plan", "--date", "2026-07-01").exitCode()).isEqualTo(2);
    }

    @Test
    void aBadDayCountIsRefusedBeforeTheRepIsLookedUp() {
        CliRun run = needle("plan", "--rep", "nobody@nowhere.example", "--days", "40");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--days must be between 1 and 31").doesNotContain("no rep matches");
    }

    static CliRun needle(String... args) {
        return CliRun.in(home, args);
    }
}
