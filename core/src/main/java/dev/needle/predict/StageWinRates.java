package dev.needle.predict;

import dev.needle.domain.Deal;
import dev.needle.domain.Outcome;
import dev.needle.measure.DealAsOf;
import dev.needle.measure.PipelineAsOf;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage win rates. {@link #of(PipelineAsOf)} is the stage baseline every CRM ships: of the closed deals that had been in a stage, the share won,
 * smoothed towards the overall rate by two pseudo-deals. A stage no closed deal passed through, or an
 * unknown stage, gets the overall win rate: the forecast's stage-weighted figure, and {@code needle evaluate}'s
 * "raw" stage rates. Read as a deal's chance it is not calibrated (a deal seen in an early stage is less likely
 * to be won than the share of deals that ever passed through it), so the baseline that scores deals,
 * {@link #ofSnapshots}, counts deals as they were seen in each stage instead.
 */
public record StageWinRates(Map<String, Double> byStage, double overall) {
    private static final int PSEUDO_DEALS = 2;

    public StageWinRates {
        byStage = Map.copyOf(byStage);
    }

    /** One closed deal: the open stages it passed through before closing, and whether it was won. */
    record Passage(Collection<String> stages, boolean won) {
    }

    /** From the deals closed by the pipeline's as-of. */
    public static StageWinRates of(PipelineAsOf pipeline) {
        List<String> open = pipeline.openStages();
        return of(pipeline.deals().stream().filter(deal -> !deal.isOpen())
                .map(deal -> new Passage(deal.stagesEntered(open), deal.deal().outcome() == Outcome.WON)).toList());
    }

    /** From training deals, each with the stages its history shows before it closed. */
    static StageWinRates of(DealIndex history, List<Deal> closedDeals) {
        return of(closedDeals.stream().map(deal -> new Passage(history.stagesBefore(deal, history.closedAt(deal)).stream()
                .filter(stage -> !stage.equals(deal.stage())).toList(), deal.outcome() == Outcome.WON)).toList());
    }

    static StageWinRates of(List<Passage> closed) {
        Map<String, int[]> counts = new HashMap<>();
        int won = 0;
        for (Passage passage : closed) {
            if (passage.won()) won++;
            for (String stage : passage.stages()) {
                int[] count = counts.computeIfAbsent(stage, s -> new int[2]);
                count[0]++;
                if (passage.won()) count[1]++;
            }
        }
        double overall = closed.isEmpty() ? 0.5 : won / (double) closed.size();
        Map<String, Double> rates = new HashMap<>();
        counts.forEach((stage, count) -> rates.put(stage, (count[1] + PSEUDO_DEALS * overall) / (count[0] + PSEUDO_DEALS)));
        return new StageWinRates(rates, overall);
    }

    /**
     * The calibrated stage baseline {@code needle evaluate} and the win model use: of the training deals
     * seen while open (the model's snapshots), the share won among those seen in each stage, each deal
     * weighing 1 spread evenly over its snapshots (so it answers "a deal in stage S at a random moment of
     * its open life", the way deals are scored), shrunk towards the overall rate by empirical Bayes:
     * rate = (w + m·r) / (n + m), the prior strength m from the spread of the stage rates beyond binomial
     * noise (method of moments, m within [2, 200]). A stage with no training snapshot gets r.
     */
    static StageWinRates ofSnapshots(DealIndex history, List<FeatureSpace.Snapshot> snapshots) {
        Map<Long, Integer> perDeal = new HashMap<>();
        for (FeatureSpace.Snapshot snapshot : snapshots) perDeal.merge(snapshot.deal().id(), 1, Integer::sum);
        Map<String, double[]> counts = new HashMap<>();
        double n = 0;
        double won = 0;
        for (FeatureSpace.Snapshot snapshot : snapshots) {
            double weight = 1.0 / perDeal.get(snapshot.deal().id());
            boolean isWon = snapshot.deal().outcome() == Outcome.WON;
            String stage = history.stageAt(snapshot.deal(), snapshot.at());
            double[] count = counts.computeIfAbsent(FeatureSpace.stageKey(stage), s -> new double[2]);
            count[0] += weight;
            n += weight;
            if (isWon) {
                count[1] += weight;
                won += weight;
            }
        }
        double overall = n == 0 ? 0.5 : won / n;
        double strength = priorStrength(counts, overall, n);
        Map<String, Double> rates = new HashMap<>();
        counts.forEach((stage, count) -> {
            if (!stage.equals(FeatureSpace.UNKNOWN)) rates.put(stage, (count[1] + strength * overall) / (count[0] + strength));
        });
        double unknown = counts.containsKey(FeatureSpace.UNKNOWN)
                ? (counts.get(FeatureSpace.UNKNOWN)[1] + strength * overall) / (counts.get(FeatureSpace.UNKNOWN)[0] + strength)
                : overall;
        return new StageWinRates(rates, unknown);
    }

    /**
     * Beta-prior strength m by the method of moments: the deal-weighted variance of the stage rates
     * around r, less the binomial noise r(1 − r)/n_S, is the prior's variance r(1 − r)/(m + 1).
     */
    static double priorStrength(Map<String, double[]> counts, double overall, double total) {
        double noise = overall * (1 - overall);
        if (total <= 0 || noise <= 0 || counts.size() < 2) return 2;
        double spread = 0;
        double binomial = 0;
        for (double[] count : counts.values()) {
            double rate = count[1] / count[0];
            spread += count[0] / total * (rate - overall) * (rate - overall);
            binomial += count[0] / total * noise / count[0];
        }
        double between = spread - binomial;
        if (between <= 0) return 200;
        return Math.max(2, Math.min(200, noise / between - 1));
    }

    public double of(String stage) {
        return stage == null ? overall : byStage.getOrDefault(stage, overall);
    }
}
