package dev.needle.predict;

import dev.needle.generate.GeneratorSettings;
import dev.needle.predict.Scores.CalibrationBin;
import dev.needle.testing.GeneratedOrg;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * A small team in a harsh half-year (24 reps, 130 working days, deals lost at 3x the usual hazard):
 * ~140 won and ~780 lost deals in all, under 100 won by the default cut. No count rule decides here:
 * the rolling-origin evidence does, and the stage baseline it is compared with must itself be calibrated.
 */
class SmallTeamWinModelTest {
    static GeneratedOrg smallTeam() {
        return GeneratedOrg.of(new GeneratorSettings(24, 130, 5, GeneratedOrg.UNTIL, GeneratorSettings.Style.EXPORT)
                .withLossFactor(3));
    }

    @Test
    void aSmallTeamGetsTheLearnedModelWhenItsOutOfTimeGainHasAnIntervalAboveZero() {
        GeneratedOrg org = smallTeam();

        Evaluation evaluation = Evaluation.run(org.dataset(), Evaluation.defaultCut(org.dataset()));

        assertThat(evaluation.trainingWon()).isBetween(WinModel.MIN_EACH, 199);
        assertThat(evaluation.fallback()).isFalse();
        assertThat(evaluation.decision().learned()).as(evaluation.decision().reason()).isTrue();
        assertThat(evaluation.decision().gainLow()).isPositive();
        assertThat(evaluation.decision().origins()).isEqualTo(WinModel.ORIGINS.length);
        assertThat(evaluation.note()).contains("beats the stage baseline out of time", "95% interval");
        // and on the outer test, after the cut, the learned model does beat the calibrated stage baseline
        assertThat(evaluation.model().logLoss()).isLessThan(evaluation.stageBaseline().logLoss());
        assertThat(evaluation.model().auc()).isGreaterThan(evaluation.stageBaseline().auc());
    }

    @Test
    void theStageBaselineIsCalibratedWhereTheRawStageRatesOverRead() {
        GeneratedOrg org = smallTeam();

        Evaluation evaluation = Evaluation.run(org.dataset(), Evaluation.defaultCut(org.dataset()));

        Scores calibrated = evaluation.stageBaseline();
        Scores raw = evaluation.crmStageRates();
        assertThat(calibrated.brier()).isLessThanOrEqualTo(raw.brier());
        assertThat(calibrated.logLoss()).isLessThan(raw.logLoss());
        assertThat(calibrated.calibrationError()).isLessThan(raw.calibrationError());
        // the raw rates read "0.15 -> 0.04" in the low deciles; every decile that observed at most 10% won
        // is now predicted within 0.05 of what it observed
        List<CalibrationBin> low = calibrated.calibration().stream().filter(bin -> bin.observed() <= 0.10).toList();
        assertThat(low).hasSizeGreaterThanOrEqualTo(5);
        assertThat(low).allSatisfy(bin -> assertThat(bin.predicted()).isCloseTo(bin.observed(), offset(0.05)));
        assertThat(raw.calibration().stream().filter(bin -> bin.observed() <= 0.10))
                .anySatisfy(bin -> assertThat(bin.predicted() - bin.observed()).isGreaterThan(0.1));
    }
}
