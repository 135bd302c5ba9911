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
    void evaluateOnAnEmptyStoreFailsWithTheReason() {
        CliRun run = CliRun.of(Map.of(), "--home", temp.resolve("empty").toString(), "evaluate", "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no closed deals");
        assertThat(run.out()).isEmpty();
    }
}
