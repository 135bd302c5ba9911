package dev.needle.predict;

import dev.needle.domain.Deal;
import dev.needle.domain.Outcome;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage baseline every CRM ships: of the training deals that were ever in a stage, the share won
 * (smoothed towards the overall rate by two pseudo-deals). A stage no training deal passed through,
 * or an unknown stage, gets the overall win rate.
 */
final class StageRateBaseline {
    private final Map<String, Double> rates = new HashMap<>();
    private final double overall;

    StageRateBaseline(DealHistory history, List<Deal> closedDeals) {
        Map<String, int[]> counts = new HashMap<>();
        int won = 0;
        for (Deal deal : closedDeals) {
            boolean isWon = deal.outcome() == Outcome.WON;
            if (isWon) won++;
            Instant closed = history.closedAt(deal);
            for (String stage : history.stagesBefore(deal, closed)) {
                if (stage.equals(deal.stage())) continue; // the closing stage itself
                int[] count = counts.computeIfAbsent(stage, s -> new int[2]);
                count[0]++;
                if (isWon) count[1]++;
            }
        }
        overall = closedDeals.isEmpty() ? 0.5 : won / (double) closedDeals.size();
        counts.forEach((stage, count) -> rates.put(stage, (count[1] + 2 * overall) / (count[0] + 2)));
    }

    double of(String stage) {
        return stage == null ? overall : rates.getOrDefault(stage, overall);
    }
}
