package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code needle value --json} keeps the shape SPEC.md gives scripts. */
class ValueCommandTest {
    @TempDir
    Path temp;

    @Test
    void valueJsonListsEveryTypeUnderItsSourceNameWithItsClassRatesAndIntervals() throws Exception {
        String home = temp.resolve("home").toString();
        String export = temp.resolve("org").toString();
        assertThat(CliRun.of(Map.of(), "generate", export, "--reps", "6", "--days", "80", "--seed", "4",
                "--until", "2026-03-31").exitCode()).isZero();
        CliRun imported = CliRun.of(Map.of(), "--home", home, "import", export, "--calendar-from", "2025-01-01",
                "--calendar-to", "2026-06-30");
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliRun value = CliRun.of(Map.of(), "--home", home, "value", "--json", "--as-of", "2026-03-31");

        assertThat(value.exitCode()).as(value.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(value.out());
        assertThat(json.get("method").asText()).contains("bootstrap");
        JsonNode prospecting = null;
        for (JsonNode type : json.get("types")) {
            assertThat(type.fieldNames()).toIterable().contains("type", "valueClass", "category", "activities", "hours",
                    "opportunitiesPerHour", "advancesPerHour", "wonRevenuePerHour", "opportunitiesPerActivity",
                    "advancesPerActivity", "ci95", "verdict");
            if (type.get("type").asText().equals("Prospecting Call")) prospecting = type;
        }
        assertThat(prospecting).isNotNull();
        assertThat(prospecting.get("valueClass").asText()).isEqualTo("HIGH");
        assertThat(prospecting.get("category").asText()).isEqualTo("OPPORTUNITY_CREATION");
        assertThat(prospecting.get("ci95").get("opportunitiesPerTouch")).hasSize(2);
        assertThat(prospecting.get("learnedClass").asText()).isIn("HIGH", "NO_MEASURED_EFFECT", "NOT_MEASURABLE");

        CliRun text = CliRun.of(Map.of(), "--home", home, "value", "--as-of", "2026-03-31");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("learned class", "advances per empty");
        for (String line : ValueTextTest.typeLines(text.out().replace("\r", ""))) ValueTextTest.assertVerdictAgreesWithItsIntervals(line);
    }

    @Test
    void anUnknownTeamIsBadUsage() {
        CliRun run = CliRun.of(Map.of(), "--home", temp.resolve("empty").toString(), "value", "--team", "Nowhere");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no team named Nowhere");
    }
}
