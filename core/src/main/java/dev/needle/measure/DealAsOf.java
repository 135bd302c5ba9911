package dev.needle.measure;

import dev.needle.domain.Days;
import dev.needle.domain.Deal;
import dev.needle.domain.StageChange;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One deal as it stood at as-of ({@link PipelineAsOf}): its stage changes recorded by then, oldest
 * first; when it entered its stage then; when it closed, if it had. {@code inferredPath} is true when
 * the deal has no stage history, so the stages it passed through are inferred ({@link #stagesEntered}).
 */
public record DealAsOf(Deal deal, List<StageChange> changes, Instant stageEnteredAt, Instant closedAt,
                       boolean inferredPath) implements Serializable {
    public DealAsOf {
        changes = List.copyOf(changes);
    }

    /**
     * A closed deal closed when it entered its final stage, or — without that in its history — at
     * 00:00 UTC of its close date. It entered its current stage at its last change into that stage,
     * else when it was created.
     */
    static DealAsOf of(Deal deal, List<StageChange> sortedChanges) {
        Instant entered = deal.createdAt();
        for (StageChange change : sortedChanges) if (change.toStage().equals(deal.stage())) entered = change.at();
        if (deal.stage() == null) entered = null;
        Instant closedAt = null;
        if (!deal.isOpen()) {
            boolean inHistory = entered != null && !sortedChanges.isEmpty()
                    && sortedChanges.get(sortedChanges.size() - 1).toStage().equals(deal.stage());
            closedAt = inHistory ? entered : deal.closedAt() == null ? null : deal.closedAt().atStartOfDay(ZoneOffset.UTC).toInstant();
            if (!inHistory) entered = closedAt;
        }
        return new DealAsOf(deal, sortedChanges, entered, closedAt, sortedChanges.isEmpty());
    }

    /**
     * The stays in open stages that had ended by as-of, from the history: entering the next stage, or
     * closing without a history row for it, ends a stay. The stay in the current open stage is still
     * going and is not among them.
     */
    public List<Stay> completedStays(List<String> openStages) {
        List<Stay> stays = new ArrayList<>();
        for (int index = 0; index < changes.size(); index++) {
            StageChange change = changes.get(index);
            if (!openStages.contains(change.toStage())) continue;
            Instant left = index + 1 < changes.size() ? changes.get(index + 1).at() : isOpen() ? null : closedAt;
            if (left != null && !left.isBefore(change.at())) stays.add(new Stay(change.toStage(), Stay.days(change.at(), left)));
        }
        return stays;
    }

    /** Time spent in one stage, in days. */
    public record Stay(String stage, double days) {
        static double days(Instant from, Instant to) {
            return Days.between(from, to);
        }
    }

    public boolean isOpen() {
        return deal.isOpen();
    }

    public String stage() {
        return deal.stage();
    }

    /**
     * The open stages the deal entered, in order. From its history when it has one. Without history
     * (the Maven CRM set has none) every open stage up to its current one, and for a closed deal every
     * open stage: that assumes deals go through the stages in order and reach the last before closing.
     */
    public List<String> stagesEntered(List<String> openStages) {
        List<String> entered = new ArrayList<>();
        if (!inferredPath) {
            for (StageChange change : changes) {
                if (openStages.contains(change.toStage()) && !entered.contains(change.toStage())) entered.add(change.toStage());
            }
            return entered;
        }
        int upTo = !isOpen() ? openStages.size() - 1 : stage() == null ? -1 : openStages.indexOf(stage());
        return new ArrayList<>(openStages.subList(0, Math.max(0, upTo + 1)));
    }
}
