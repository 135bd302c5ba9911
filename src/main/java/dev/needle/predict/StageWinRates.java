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
 * The stage baseline every CRM ships: of the closed deals that had been in a stage, the share won,
 * smoothed towards the overall rate by two pseudo-deals. A stage no closed deal passed through, or an
 * unknown stage, gets the overall win rate. The forecast reads it off the pipeline as of a moment,
 * {@code needle evaluate} off the training deals: one definition for both.
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
    static StageWinRates of(DealHistory history, List<Deal> closedDeals) {
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

    public double of(String stage) {
        return stage == null ? overall : byStage.getOrDefault(stage, overall);
    }
}
