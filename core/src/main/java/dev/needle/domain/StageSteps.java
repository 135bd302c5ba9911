package dev.needle.domain;

import java.time.Instant;

/**
 * Stage history rows of deals, given in (deal, time, id) order, as changes of stage: a row that repeats
 * the stage before it (an amount or date edit) is no change and gives null, and a row that does not say
 * which stage it left left the one before it. Every reader of the store's rows (the store's own, Spark's)
 * passes them through one of these, so all see the same history.
 */
public final class StageSteps {
    private long lastDeal = Long.MIN_VALUE;
    private String lastStage;

    public StageChange next(long id, long dealId, String fromStage, String toStage, Instant at) {
        if (dealId != lastDeal) {
            lastDeal = dealId;
            lastStage = null;
        }
        if (toStage.equals(lastStage)) return null;
        StageChange change = new StageChange(id, dealId, fromStage != null ? fromStage : lastStage, toStage, at);
        lastStage = toStage;
        return change;
    }
}
