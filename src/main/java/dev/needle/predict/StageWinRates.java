package dev.needle.predict;

import dev.needle.domain.Outcome;
import dev.needle.measure.DealAsOf;
import dev.needle.measure.PipelineAsOf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage baseline every CRM ships: of the deals that had closed by as-of and had been in a stage,
 * the share that was won. A stage no closed deal passed through gets the overall win rate.
 */
public record StageWinRates(Map<String, Double> byStage, double overall) {
    public StageWinRates {
        byStage = Map.copyOf(byStage);
    }

    public static StageWinRates of(PipelineAsOf pipeline) {
        Map<String, int[]> counts = new HashMap<>();
        int won = 0;
        int closed = 0;
        List<String> open = pipeline.openStages();
        for (DealAsOf deal : pipeline.deals()) {
            if (deal.isOpen()) continue;
            boolean isWon = deal.deal().outcome() == Outcome.WON;
            closed++;
            if (isWon) won++;
            for (String stage : deal.stagesEntered(open)) {
                int[] count = counts.computeIfAbsent(stage, s -> new int[2]);
                count[0]++;
                if (isWon) count[1]++;
            }
        }
        double overall = closed == 0 ? 0 : won / (double) closed;
        Map<String, Double> rates = new HashMap<>();
        counts.forEach((stage, count) -> rates.put(stage, count[1] / (double) count[0]));
        return new StageWinRates(rates, overall);
    }

    public double of(String stage) {
        return stage == null ? overall : byStage.getOrDefault(stage, overall);
    }
}
