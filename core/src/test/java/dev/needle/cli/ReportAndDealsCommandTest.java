package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.generate.Generator;
import dev.needle.generate.GeneratorSettings;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code needle report} and {@code needle deals} on a generated org imported once through the CLI. */
class ReportAndDealsCommandTest {
    static final GeneratorSettings SETTINGS = new GeneratorSettings(8, 40, 5L);
    /** The end of the generator's last day in every rep's zone (Los Angeles: 07:00 UTC the next day). */
    static final String END_OF_UNTIL = "2025-07-01T07:00:00Z";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path export;
    @TempDir
    static Path home;
    static JsonNode planted;

    @BeforeAll
    static void generateAndImportOnce() throws IOException {
        new Generator(SETTINGS).writeTo(export, rows -> { });
        planted = JSON.readTree(export.resolve("planted-effects.json").toFile());
        CliRun imported = needle("import", export.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void reportJsonIsOneDocumentWithTheSpecsFieldsForEveryRep() throws IOException {
        CliRun run = needle("report", "--json", "--from", "2025-05-01", "--to", "2025-06-30", "--as-of", "2025-06-30");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("reps")).hasSize(8);
        for (JsonNode rep : report.get("reps")) {
            assertThat(rep.fieldNames()).toIterable().contains("id", "externalId", "name", "team", "hoursByValueClass",
                    "highValueShare", "opportunitiesCreated", "stageAdvances", "wins", "wonRevenue", "emptyTouchShare",
                    "resultsPerHighValueHour", "quadrant", "hoursByType", "quotaAttainment");
            assertThat(rep.get("hoursByValueClass").fieldNames()).toIterable().contains("HIGH", "LOW", "LIMIT");
            assertThat(rep.get("hoursByType").get(0).fieldNames()).toIterable().contains("type", "valueClass", "category");
            assertThat(planted.get("repEmptyTouchShare").has(rep.get("externalId").asText())).isTrue();
        }
        assertThat(report.get("teams")).isNotEmpty();
        for (JsonNode line : List.of(report.get("reps").get(0), report.get("teams").get(0))) {
            assertThat(line.fieldNames()).toIterable().contains("highValueShare", "highValueShareLearned");
            assertThat(line.get("highValueShareLearned").asDouble()).isBetween(0.0, 1.0);
            assertThat(line.get("hoursByType").get(0).fieldNames()).toIterable().contains("learnedClass");
        }
        assertThat(report.get("valueClassDisagreements")).isNotNull();
        assertThat(report.get("funnel").get("stages").get(0).asText()).isEqualTo("Prospecting");
        assertThat(report.get("period").get("from").asText()).isEqualTo("2025-05-01T00:00:00Z");
        assertThat(report.get("period").get("to").asText()).isEqualTo("2025-07-01T00:00:00Z");
    }

    @Test
    void reportTakesTheRepByNeedleIdSourceIdOrEmail() throws IOException {
        JsonNode first = JSON.readTree(needle("report", "--json", "--as-of", "2025-06-30").out()).get("reps").get(0);

        for (String key : List.of(first.get("id").asText(), first.get("externalId").asText(), first.get("email").asText())) {
            JsonNode reps = JSON.readTree(needle("report", "--json", "--as-of", "2025-06-30", "--rep", key).out()).get("reps");
            assertThat(reps).hasSize(1);
            assertThat(reps.get(0).get("externalId")).isEqualTo(first.get("externalId"));
        }
    }

    @Test
    void aSalesforceIdWorksInTheFifteenCharacterFormTheUiShows() throws IOException {
        JsonNode first = JSON.readTree(needle("report", "--json", "--as-of", "2025-06-30").out()).get("reps").get(0);
        String stored = first.get("externalId").asText();
        assertThat(stored).as("the export's 18-character id").hasSize(18);
        String copied = stored.substring(0, 15);

        JsonNode reps = JSON.readTree(needle("report", "--json", "--as-of", "2025-06-30", "--rep", copied).out()).get("reps");
        assertThat(reps).hasSize(1);
        assertThat(reps.get(0).get("externalId").asText()).isEqualTo(stored);
        CliRun deals = needle("deals", "--json", "--as-of", "2025-06-30", "--rep", copied);
        assertThat(deals.exitCode()).as(deals.err()).isZero();
        assertThat(JSON.readTree(deals.out()).get("deals")).allSatisfy(deal ->
                assertThat(deal.get("owner").get("externalId").asText()).isEqualTo(stored));
        CliRun plan = needle("plan", "--rep", copied, "--date", "2025-07-01", "--json");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(JSON.readTree(plan.out()).get("rep").get("externalId").asText()).isEqualTo(stored);

        CliRun token = needle("token", "create", "--user", copied, "--label", "copied id");
        assertThat(token.exitCode()).as(token.err()).isZero();
        assertThat(token.out().trim()).startsWith("ndl_");
        JsonNode tokens = JSON.readTree(needle("token", "list", "--user", first.get("email").asText(), "--json").out()).get("tokens");
        assertThat(tokens).anySatisfy(listed -> assertThat(listed.get("label").asText()).isEqualTo("copied id"));

        CliRun wrong = needle("report", "--as-of", "2025-06-30", "--rep", "005000000000XYZ");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("no rep matches --rep 005000000000XYZ");
    }

    @Test
    void reportForATeamListsOnlyThatTeamsReps() throws IOException {
        JsonNode report = JSON.readTree(needle("report", "--json", "--as-of", "2025-06-30", "--team", "east").out());

        assertThat(report.get("reps")).isNotEmpty().allSatisfy(rep -> assertThat(rep.get("team").asText()).isEqualTo("East"));
        assertThat(report.get("teams")).hasSize(1);
    }

    @Test
    void dealsJsonListsOpenDealsWithFlagsOwnersAndThePipelineEachFlagAffects() throws IOException {
        CliRun run = needle("deals", "--json", "--as-of", END_OF_UNTIL);

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode deals = JSON.readTree(run.out());
        assertThat(deals.get("deals")).isNotEmpty();
        for (JsonNode deal : deals.get("deals")) {
            assertThat(deal.fieldNames()).toIterable().contains("id", "externalId", "name", "owner", "stage", "amount", "flags");
            assertThat(deal.get("owner").fieldNames()).toIterable().contains("id", "externalId");
        }
        assertThat(deals.get("pipelineAffected").fieldNames()).toIterable().containsExactly("NO_NEXT_ACTION",
                "OVERDUE_NEXT_ACTION", "NO_BUYER_VALUE", "NO_NEXT_MEETING", "STALLED", "LOW_QUALITY");
    }

    @Test
    void dealsWithAFlagListsExactlyTheDealsThatHaveIt() throws IOException {
        JsonNode deals = JSON.readTree(needle("deals", "--json", "--as-of", END_OF_UNTIL, "--flag", "NO_NEXT_ACTION").out());

        Set<String> listed = new HashSet<>();
        deals.get("deals").forEach(deal -> {
            assertThat(deal.get("flags").toString()).contains("NO_NEXT_ACTION");
            listed.add(deal.get("externalId").asText());
        });
        Set<String> expected = new HashSet<>();
        planted.get("openDealsWithoutNextAction").forEach(id -> expected.add(id.asText()));
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void anUnknownRepOrBothRepAndTeamIsBadUsage() {
        assertThat(needle("report", "--rep", "nobody@example.com").exitCode()).isEqualTo(2);
        assertThat(needle("deals", "--team", "Nowhere").exitCode()).isEqualTo(2);
        assertThat(needle("report", "--rep", "x", "--team", "East").exitCode()).isEqualTo(2);
        assertThat(needle("deals", "--flag", "UNTIDY").exitCode()).isEqualTo(2);
        assertThat(needle("report", "--from", "2025-06-30", "--to", "2025-06-01").exitCode()).isEqualTo(2);
    }

    @Test
    void aTeamOnSparkIsRefusedBeforeAnythingIsRead() {
        for (String command : List.of("deals", "value")) {
            var refused = needle(command, "--team", "East", "--spark", "local[1]");
            assertThat(refused.exitCode()).as(command).isEqualTo(2);
            assertThat(refused.err()).as(command).contains("--team is not run on Spark yet");
        }
    }

    @Test
    void bothCommandsHaveHelpAndReadableText() {
        for (String command : List.of("report", "deals")) {
            CliRun help = needle(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: needle " + command);
        }
        assertThat(needle("report", "--as-of", "2025-06-30").out()).contains("BUSY_NOT_PRODUCTIVE").contains("Funnel")
                .contains("data%", "by the data)");
        assertThat(needle("deals", "--as-of", "2025-06-30").out()).contains("NO_NEXT_ACTION");
    }

    @Test
    void postgresGivesTheSameReportAndDealsAsH2() throws IOException {
        String database = Backend.POSTGRES.freshUrl(home);
        CliRun imported = CliRun.of(Map.of(), "--db", database, "import", export.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        for (List<String> command : List.of(List.of("report", "--json", "--as-of", "2025-06-30"),
                List.of("deals", "--json", "--as-of", END_OF_UNTIL))) {
            List<String> onPostgres = new ArrayList<>(List.of("--db", database));
            onPostgres.addAll(command);
            CliRun postgres = CliRun.of(Map.of(), onPostgres.toArray(String[]::new));
            assertThat(postgres.exitCode()).as(postgres.err()).isZero();
            assertThat(JSON.readTree(postgres.out())).isEqualTo(JSON.readTree(needle(command.toArray(String[]::new)).out()));
        }
    }

    private static CliRun needle(String... args) {
        return CliRun.in(home, args);
    }
}
