package dev.needle.measure;

import dev.needle.domain.Outcome;
import dev.needle.domain.StageChange;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts each owner's results in a period from the pipeline as it stood at as-of. */
final class ResultsTally {
    private ResultsTally() {
    }

    static Map<Long, Results> byOwner(PipelineAsOf pipeline, Period period) {
        Map<Long, int[]> counts = new HashMap<>();
        Map<Long, BigDecimal> revenue = new HashMap<>();
        for (DealAsOf timeline : pipeline.deals()) {
            Long owner = timeline.deal().ownerId();
            if (owner == null) continue;
            int[] count = counts.computeIfAbsent(owner, id -> new int[3]);
            if (period.contains(timeline.deal().createdAt())) count[0]++;
            count[1] += advancesIn(timeline.changes(), pipeline.order(), period);
            if (timeline.deal().outcome() == Outcome.WON && period.contains(timeline.closedAt())) {
                count[2]++;
                BigDecimal amount = timeline.deal().amount();
                revenue.merge(owner, amount == null ? BigDecimal.ZERO : amount, BigDecimal::add);
            }
        }
        Map<Long, Results> results = new HashMap<>();
        counts.forEach((owner, count) -> results.put(owner,
                new Results(count[0], count[1], count[2], revenue.getOrDefault(owner, BigDecimal.ZERO))));
        return results;
    }

    /** Stage changes recorded in the period that are advances ({@link StageOrder#isAdvance}). */
    static int advancesIn(List<StageChange> changes, StageOrder order, Period period) {
        int advances = 0;
        for (StageChange change : changes) {
            if (period.contains(change.at()) && order.isAdvance(change.fromStage(), change.toStage())) advances++;
        }
        return advances;
    }
}
