package dev.needle.predict;

import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** On generated data the planted truth is that activity drives progress: the model must find it. */
class WinModelEvaluationTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void needleBeatsTheStageBaselineByFivePointsOfAucOnGeneratedDataWithSmallCalibrationError(long seed) {
        GeneratedOrg org = GeneratedOrg.of(40, 250, seed);
        LocalDate cut = Evaluation.defaultCut(org.dataset());

        Evaluation evaluation = Evaluation.run(org.dataset(), cut);

        assertThat(evaluation.fallback()).isFalse();
        assertThat(evaluation.noSignal()).isFalse();
        assertThat(evaluation.model().auc()).isGreaterThanOrEqualTo(evaluation.stageBaseline().auc() + 0.05);
        assertThat(evaluation.model().calibrationError()).isLessThan(0.08);
    }

    @Test
    void everyDealOpenAtTheEndGetsACalibratedProbabilityAndReasonsInWords() {
        GeneratedOrg org = GeneratedOrg.of(40, 250, 3);

        List<WinProbability> scored = WinModel.winProbabilities(org.dataset(), org.end());

        long open = org.dataset().deals().stream().filter(deal -> deal.isOpen()).count();
        assertThat(scored).hasSize((int) open);
        assertThat(scored).allSatisfy(deal -> {
            assertThat(deal.probability()).isBetween(0.0, 1.0);
            assertThat(deal.externalId()).isNotBlank();
            assertThat(deal.reasons()).isNotEmpty();
        });
        assertThat(scored).anySatisfy(deal -> assertThat(deal.reasons()).anySatisfy(
                reason -> assertThat(reason.text()).containsAnyOf("no deal touch in", "valuable touch", "in stage")));
        assertThat(WinModel.winProbabilityById(org.dataset(), org.end()))
                .containsOnlyKeys(scored.stream().map(WinProbability::dealId).toList());
    }
}
