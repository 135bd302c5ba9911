package dev.needle.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code needle evaluate --json} keeps the shape SPEC.md gives scripts. */
class EvaluateCommandTest {
    @TempDir
    Path temp;

    @Test
    void evaluateJsonOnTheMavenCrmSetGivesAucNearHalfWithItsIntervalBesideTheBaselines() throws Exception {
        String home = temp.resolve("home").toString();
        Path maven = SharedData.path("maven-crm-sales-opportunities");
        CliRun imported = CliRun.of(Map.of(), "--home", home, "import", maven.resolve("sales_pipeline.csv").toString(),
                maven.resolve("sales_teams.csv").toString(), maven.resolve("accounts.csv").toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliRun evaluate = CliRun.of(Map.of(), "--home", home, "evaluate", "--json");

        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(evaluate.out());
        assertThat(json.fieldNames()).toIterable().contains("cut", "trainingWon", "trainingLost", "fallback", "note",
                "auc", "aucCi95", "brier", "logLoss", "calibration", "stageBaselineAuc", "stageBaselineBrier",
                "naiveBayesAuc", "naiveBayesBrier", "baselines");
        assertThat(json.get("baselines").get("stageWinRate").get("auc").isNumber()).isTrue();
        assertThat(json.get("baselines").get("naiveBayesStageSource").get("brier").isNumber()).isTrue();
        assertThat(json.get("baselines").get("stageWinRateRaw").get("brier").isNumber()).isTrue();
        assertThat(json.get("decision").fieldNames()).toIterable().contains("useLearnedModel", "reason", "gain",
                "gainCi95", "origins", "testDeals");
        assertThat(json.get("decision").get("useLearnedModel").asBoolean()).isFalse();
        if (json.get("fallback").asBoolean()) {
            assertThat(json.get("note").asText()).contains("stage win-rate baseline");
        } else {
            assertThat(json.get("auc").asDouble()).isBetween(0.44, 0.56);
            assertThat(json.get("aucCi95").get(0).asDouble()).isLessThanOrEqualTo(0.5);
            assertThat(json.get("aucCi95").get(1).asDouble()).isGreaterThanOrEqualTo(0.5);
            assertThat(json.get("note").asText()).containsAnyOf("no usable signal", "no signal beyond the stage");
        }
    }

    @Test
    void evaluateAsOfAPastDateUsesOnlyTheDealsClosedByThen() throws Exception {
        String home = temp.resolve("home").toString();
        String export = temp.resolve("org").toString();
        assertThat(CliRun.of(Map.of(), "generate", export, "--reps", "6", "--days", "160", "--seed", "4",
                "--until", "2026-03-31").exitCode()).isZero();
        assertThat(CliRun.of(Map.of(), "--home", home, "import", export, "--calendar-from", "2025-01-01",
                "--calendar-to", "2026-06-30").exitCode()).isZero();

        CliRun all = CliRun.of(Map.of(), "--home", home, "evaluate", "--json");
        CliRun asOf = CliRun.of(Map.of(), "--home", home, "evaluate", "--json", "--as-of", "2026-01-31");
        CliRun text = CliRun.of(Map.of(), "--home", home, "evaluate", "--as-of", "2026-01-31", "--cut", "2025-12-01");

        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(asOf.exitCode()).as(asOf.err()).isZero();
        JsonNode everything = new ObjectMapper().readTree(all.out());
        JsonNode then = new ObjectMapper().readTree(asOf.out());
        // the default cut is the 70th percentile of the deals closed by 2026-01-31, so earlier, with fewer deals on both sides
        assertThat(java.time.LocalDate.parse(then.get("cut").asText())).isBefore(java.time.LocalDate.parse(everything.get("cut").asText()))
                .isBeforeOrEqualTo(java.time.LocalDate.of(2026, 1, 31));
        assertThat(then.get("trainingWon").asInt() + then.get("trainingLost").asInt())
                .isLessThan(everything.get("trainingWon").asInt() + everything.get("trainingLost").asInt());
        assertThat(then.get("testDeals").asInt()).isPositive().isLessThan(everything.get("testDeals").asInt());
        assertThat(then.get("decision").get("reason").asText()).isNotBlank();
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Time split at 2025-12-01").contains("Decision: ");

        CliRun cutAfter = CliRun.of(Map.of(), "--home", home, "evaluate", "--as-of", "2026-01-31", "--cut", "2026-02-15");
        assertThat(cutAfter.exitCode()).isEqualTo(1);
        assertThat(cutAfter.err()).contains("not before the as-of");
    }

    @Test
    void evaluateOnAnEmptyStoreFailsWithTheReason() {
        CliRun run = CliRun.of(Map.of(), "--home", temp.resolve("empty").toString(), "evaluate", "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no closed deals");
        assertThat(run.out()).isEmpty();
    }
}
