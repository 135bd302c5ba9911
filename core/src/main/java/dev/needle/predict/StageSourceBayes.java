package dev.needle.predict;

import dev.needle.domain.Outcome;
import dev.needle.predict.FeatureSpace.Snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Odoo's predictive lead scoring, reduced to its two usual fields: naive Bayes over the stage at the
 * moment and the lead source, with add-one smoothing, learned from the training snapshots.
 * P(won | s, l) ∝ P(won) · P(s | won) · P(l | won).
 */
final class StageSourceBayes {
    private final Map<String, int[]> stages = new HashMap<>();
    private final Map<String, int[]> sources = new HashMap<>();
    private final int[] totals = new int[2];

    StageSourceBayes(DealIndex history, List<Snapshot> training) {
        for (Snapshot snapshot : training) {
            int won = snapshot.deal().outcome() == Outcome.WON ? 1 : 0;
            totals[won]++;
            stages.computeIfAbsent(FeatureSpace.stageKey(history.stageAt(snapshot.deal(), snapshot.at())), s -> new int[2])[won]++;
            sources.computeIfAbsent(FeatureSpace.sourceKey(snapshot.deal()), s -> new int[2])[won]++;
        }
    }

    /** The chance of {@code snapshot}, its stage read from {@code history} (the records it is scored on). */
    double probability(DealIndex history, Snapshot snapshot) {
        String stage = FeatureSpace.stageKey(history.stageAt(snapshot.deal(), snapshot.at()));
        String source = FeatureSpace.sourceKey(snapshot.deal());
        double[] log = new double[2];
        for (int outcome = 0; outcome < 2; outcome++) {
            log[outcome] = Math.log(totals[outcome] + 1.0)
                    + likelihood(stages, stage, outcome) + likelihood(sources, source, outcome);
        }
        return 1 / (1 + Math.exp(log[0] - log[1]));
    }

    private double likelihood(Map<String, int[]> table, String value, int outcome) {
        int[] count = table.getOrDefault(value, new int[2]);
        return Math.log((count[outcome] + 1.0) / (totals[outcome] + table.size() + 1.0));
    }
}
