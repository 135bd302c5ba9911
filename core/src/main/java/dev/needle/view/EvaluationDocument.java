package dev.needle.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.needle.predict.Evaluation;
import dev.needle.predict.Scores;
import dev.needle.predict.WinModel;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code needle evaluate --json}: how good the win probabilities are on a time split, the model Needle uses
 * beside the baselines, scored on the same test deals. Scores are written as measured (not rounded).
 *
 * @param method        in words, which model the figures are of and why
 * @param model         the scores of the model Needle uses, written beside the document's other fields
 * @param calibration   that model's calibration, deciles of predicted probability
 * @param learnedModel  the learned model's own scores; absent when too few deals to learn from
 */
public record EvaluationDocument(LocalDate cut, int trainingWon, int trainingLost, boolean fallback, boolean noSignal,
                                 String method, String note, Decision decision, @JsonUnwrapped Figures model,
                                 List<Bin> calibration,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Figures learnedModel,
                                 double stageBaselineAuc, double stageBaselineBrier, double naiveBayesAuc,
                                 double naiveBayesBrier, Baselines baselines) {

    public static EvaluationDocument of(Evaluation evaluation) {
        return new EvaluationDocument(evaluation.cut(), evaluation.trainingWon(), evaluation.trainingLost(),
                evaluation.fallback(), evaluation.noSignal(), method(evaluation), evaluation.note(),
                Decision.of(evaluation.decision()), Figures.of(evaluation.model()), bins(evaluation.model()),
                evaluation.learned() == null ? null : Figures.of(evaluation.learned()),
                evaluation.stageBaseline().auc(), evaluation.stageBaseline().brier(),
                evaluation.naiveBayes().auc(), evaluation.naiveBayes().brier(),
                new Baselines(Calibrated.of(evaluation.stageBaseline()), Calibrated.of(evaluation.crmStageRates()),
                        Figures.of(evaluation.naiveBayes())));
    }

    private static String method(Evaluation evaluation) {
        return evaluation.fallback() ? "stage win-rate baseline (too few closed deals)"
                : evaluation.noSignal() ? "stage win-rate baseline (learned model not better out of time)"
                : "logistic regression, Platt-calibrated";
    }

    private static List<Bin> bins(Scores scores) {
        return scores.calibration().stream().map(Bin::of).toList();
    }

    /**
     * Whether the learned model is used, on the rolling-origin evidence of the training deals.
     *
     * @param gainCi95 empty when the interval is not defined, as is {@code brierGainCi95}
     */
    public record Decision(boolean useLearnedModel, String reason, String measure, @Nullable Double gain,
                           List<Double> gainCi95, @Nullable Double brierGain, List<Double> brierGainCi95, int origins,
                           int testDeals, @Nullable Double lambda) {
        static final String MEASURE = "mean per-deal log-loss gain over the stage baseline (nats), rolling-origin time splits, bootstrap 95% interval";

        static Decision of(WinModel.Decision decision) {
            return new Decision(decision.learned(), decision.reason(), MEASURE, finite(decision.gain()),
                    pair(decision.gainLow(), decision.gainHigh()), finite(decision.brierGain()),
                    pair(decision.brierGainLow(), decision.brierGainHigh()), decision.origins(), decision.testDeals(),
                    finite(decision.lambda()));
        }

        private static List<Double> pair(double low, double high) {
            return Double.isFinite(low) && Double.isFinite(high) ? List.of(low, high) : List.of();
        }

        private static @Nullable Double finite(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }

    /** A model's scores on the test deals. */
    public record Figures(int testDeals, double auc, List<Double> aucCi95, double brier, double logLoss,
                          double calibrationError) {
        static Figures of(Scores scores) {
            return new Figures(scores.deals(), scores.auc(), List.of(scores.aucLow(), scores.aucHigh()), scores.brier(),
                    scores.logLoss(), scores.calibrationError());
        }
    }

    /** A model's scores with its calibration. */
    public record Calibrated(@JsonUnwrapped Figures figures, List<Bin> calibration) {
        static Calibrated of(Scores scores) {
            return new Calibrated(Figures.of(scores), bins(scores));
        }
    }

    /** A decile of predicted probability: how many deals, the mean predicted and the observed win rate. */
    public record Bin(int deals, double predicted, double observed) {
        static Bin of(Scores.CalibrationBin bin) {
            return new Bin(bin.deals(), bin.predicted(), bin.observed());
        }
    }

    /**
     * The baselines Needle's model is measured against.
     *
     * @param stageWinRate          the stage win rate, calibrated
     * @param stageWinRateRaw       the raw stage win rate CRMs show
     * @param naiveBayesStageSource naive Bayes over stage and lead source
     */
    public record Baselines(Calibrated stageWinRate, Calibrated stageWinRateRaw, Figures naiveBayesStageSource) {
    }
}
