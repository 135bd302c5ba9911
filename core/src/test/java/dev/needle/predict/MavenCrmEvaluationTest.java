package dev.needle.predict;

import dev.needle.app.Needle;
import dev.needle.domain.Dataset;
import dev.needle.testing.Backend;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static dev.needle.testing.SharedData.path;
import static org.assertj.core.api.Assertions.assertThat;

/** The public Maven CRM set: no activities, and agent, product and account say little about the outcome. */
class MavenCrmEvaluationTest {
    @Test
    void onTheMavenCrmSetEvaluationReportsAucNearHalfWithAnIntervalIncludingHalf() {
        Dataset data;
        try (Needle needle = Imports.needle(Backend.H2)) {
            Path folder = path("maven-crm-sales-opportunities");
            Imports.run(needle, Imports.allOrNothing(), folder.resolve("sales_pipeline.csv"),
                    folder.resolve("sales_teams.csv"), folder.resolve("accounts.csv"));
            data = needle.store().dataset();
        }

        Evaluation evaluation = Evaluation.run(data, Evaluation.defaultCut(data));

        System.out.println(evaluation);
        if (evaluation.fallback()) {
            assertThat(evaluation.note()).contains("stage win-rate baseline");
            return;
        }
        assertThat(evaluation.model().auc()).isBetween(0.44, 0.56);
        assertThat(evaluation.model().aucLow()).isLessThanOrEqualTo(0.5);
        assertThat(evaluation.model().aucHigh()).isGreaterThanOrEqualTo(0.5);
        assertThat(evaluation.note()).containsAnyOf("no usable signal", "no signal beyond the stage");
    }
}
