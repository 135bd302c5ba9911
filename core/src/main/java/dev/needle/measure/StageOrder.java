package dev.needle.measure;

import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Outcome;
import dev.needle.domain.StageChange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order of a team's stages, learned from its own history: each open stage's average relative
 * position in the deals' stage sequences. The stages won deals end in are won stages, those lost
 * deals end in lost stages. An advance is a move to a later open stage or into a won stage.
 */
public final class StageOrder {
    private final Map<String, Double> rank;
    private final Map<String, Integer> dummy;
    private final Set<String> won;
    private final Set<String> lost;

    private StageOrder(Map<String, Double> rank, Set<String> won, Set<String> lost) {
        this.rank = rank;
        this.won = won;
        this.lost = lost;
        this.dummy = new LinkedHashMap<>();
        rank.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(entry -> dummy.put(entry.getKey(), dummy.size()));
    }

    public static StageOrder of(Dataset data) {
        Tally tally = new Tally();
        data.deals().forEach(tally::addDeal);
        data.stageChanges().forEach(tally::addChange);
        return tally.order();
    }

    /**
     * The order built up deal by deal: the final stage of each won or lost deal, the stages each deal went
     * through before its end, and the stages open deals stand in.
     */
    static final class Tally {
        private final Set<String> won = new HashSet<>();
        private final Set<String> lost = new HashSet<>();
        private final List<Deal> open = new ArrayList<>();
        private final Map<Long, List<StageChange>> changes = new HashMap<>();

        void add(Deal deal, List<StageChange> history) {
            addDeal(deal);
            history.forEach(this::addChange);
        }

        void addDeal(Deal deal) {
            if (deal.stage() == null) return;
            if (deal.outcome() == Outcome.WON) won.add(deal.stage());
            if (deal.outcome() == Outcome.LOST) lost.add(deal.stage());
            if (deal.isOpen()) open.add(deal);
        }

        void addChange(StageChange change) {
            changes.computeIfAbsent(change.dealId(), d -> new ArrayList<>()).add(change);
        }

        StageOrder order() {
            Map<Long, List<String>> sequences = new HashMap<>();
            for (List<StageChange> history : changes.values()) {
                for (StageChange change : history) {
                    if (won.contains(change.toStage()) || lost.contains(change.toStage())) continue;
                    sequences.computeIfAbsent(change.dealId(), d -> new ArrayList<>()).add(change.toStage());
                }
            }
            Map<String, double[]> positions = new HashMap<>();
            for (List<String> sequence : sequences.values()) {
                for (int i = 0; i < sequence.size(); i++) {
                    double position = sequence.size() == 1 ? 0 : i / (double) (sequence.size() - 1);
                    double[] sum = positions.computeIfAbsent(sequence.get(i), s -> new double[2]);
                    sum[0] += position + i; // absolute index breaks ties between short and long sequences
                    sum[1]++;
                }
            }
            for (Deal deal : open) positions.computeIfAbsent(deal.stage(), s -> new double[]{0, 1});
            Map<String, Double> rank = new HashMap<>();
            positions.forEach((stage, sum) -> rank.put(stage, sum[0] / sum[1]));
            Set<String> wonOnly = new HashSet<>(won);
            Set<String> lostOnly = new HashSet<>(lost);
            wonOnly.removeAll(rank.keySet());
            lostOnly.removeAll(rank.keySet());
            return new StageOrder(rank, wonOnly, lostOnly);
        }
    }

    public boolean isAdvance(String from, String to) {
        if (won.contains(to)) return true;
        if (from == null || !rank.containsKey(from) || !rank.containsKey(to)) return false;
        return rank.get(to) > rank.get(from);
    }

    public boolean isWon(String stage) {
        return won.contains(stage);
    }

    public boolean isLost(String stage) {
        return lost.contains(stage);
    }

    /** Open stages from first to last. */
    public List<String> openStages() {
        return List.copyOf(dummy.keySet());
    }

    int openStagesCount() {
        return dummy.size();
    }

    /** 0 for the first open stage (the reference) and for closed stages; 1.. for later open stages. */
    int dummyOf(String stage) {
        Integer index = stage == null ? null : dummy.get(stage);
        return index == null ? 0 : index;
    }
}
