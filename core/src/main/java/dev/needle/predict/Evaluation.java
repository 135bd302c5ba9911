package dev.needle.predict;

import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Outcome;
import dev.needle.predict.FeatureSpace.Snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Model quality on a time split: learn from the deals closed before the cut; test on the deals that
 * closed after it, each scored as it stood at one seeded moment of its open life after the cut (only
 * what was recorded by that moment), one moment per deal so the test deals stay independent.
 * Needle's model, the stage win-rate baseline and naive Bayes over stage and source are scored on the
 * same deals. {@code model} is what Needle uses (the stage baseline unless the rolling-origin evidence on the
 * training deals, {@code decision}, favours the learned model); {@code learned} is the learned model's own
 * score, null when too few deals to learn from. {@code stageBaseline} is the calibrated stage baseline,
 * {@code crmStageRates} the raw "share won of deals that passed through the stage" CRMs show.
 * {@code reservation} says why the figures should be read with care, null when there is no reason to.
 */
public record Evaluation(LocalDate cut, int trainingWon, int trainingLost, boolean fallback, boolean noSignal,
                         String reservation, WinModel.Decision decision, Scores model, Scores learned,
                         Scores stageBaseline, Scores crmStageRates, Scores naiveBayes) {
    /** The reservation, or without one what the model learned from. */
    public String note() {
        return reservation != null ? reservation
                : String.format("learned from %d won and %d lost deals; %s", trainingWon, trainingLost, decision.reason());
    }

    /** The default cut: the 70th percentile of the closed deals' close dates. */
    public static LocalDate defaultCut(Dataset data) {
        DealIndex history = DealIndex.of(data);
        List<Instant> closes = data.deals().stream().map(history::closedAt).filter(at -> at != null).sorted().toList();
        if (closes.isEmpty()) throw new NotEnoughDealsException("no closed deals to evaluate on");
        return LocalDate.ofInstant(closes.get((int) Math.floor(0.7 * (closes.size() - 1))), ZoneOffset.UTC);
    }

    public static Evaluation run(Dataset data, LocalDate cut) {
        return run(data, cut, null);
    }

    /**
     * As {@link #run(Dataset, LocalDate)}, with only what was recorded by {@code asOf} (null: everything):
     * the test deals are those closed after the cut and before as-of. {@code data} should already be the
     * as-of view ({@code Datasets.asOf}); this also keeps deals closed after as-of out.
     */
    public static Evaluation run(Dataset data, LocalDate cut, Instant asOf) {
        Instant at = cut.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (asOf != null && !at.isBefore(asOf)) {
            throw new NotEnoughDealsException("the cut " + cut + " is not before the as-of moment " + asOf + "; choose an earlier --cut");
        }
        WinModel model = WinModel.train(data, at);
        DealIndex history = DealIndex.of(data);
        List<Deal> test = data.deals().stream().filter(deal -> !deal.isOpen() && deal.createdAt() != null)
                .filter(deal -> history.closedAt(deal) != null && history.closedAt(deal).isAfter(at))
                .filter(deal -> asOf == null || history.closedAt(deal).isBefore(asOf))
                .filter(deal -> deal.createdAt().isBefore(history.closedAt(deal))).toList();
        int won = (int) test.stream().filter(deal -> deal.outcome() == Outcome.WON).count();
        if (won == 0 || won == test.size()) {
            throw new NotEnoughDealsException("no won and lost deals both closed after " + cut + "; choose an earlier --cut");
        }
        int[] outcome = test.stream().mapToInt(deal -> deal.outcome() == Outcome.WON ? 1 : 0).toArray();
        Random random = new Random(SEED);
        List<Snapshot> snapshots = test.stream().map(deal -> WinModel.momentAfter(history, deal, at, random)).toList();
        Scores needle = Scores.of(snapshots.stream().mapToDouble(model::probability).toArray(), outcome);
        Scores stages = Scores.of(snapshots.stream().mapToDouble(model::stageRate).toArray(), outcome);
        Scores crm = Scores.of(snapshots.stream().mapToDouble(model::crmStageRate).toArray(), outcome);
        Scores bayes = Scores.of(snapshots.stream().mapToDouble(model::bayes).toArray(), outcome);
        Scores learned = !model.hasLearnedModel() ? null
                : Scores.of(snapshots.stream().mapToDouble(model::learnedProbability).toArray(), outcome);
        return new Evaluation(cut, model.trainingWon(), model.trainingLost(), model.fallback(), model.noSignal(),
                reservation(model, needle, learned), model.decision(), needle, learned, stages, crm, bayes);
    }

    private static final long SEED = 7L;

    private static String reservation(WinModel model, Scores needle, Scores learned) {
        if (model.fallback()) return model.decision().reason();
        if (model.noSignal()) {
            return model.decision().reason() + String.format(" (the learned model would score AUC %.3f [%.3f, %.3f] here)",
                    learned.auc(), learned.aucLow(), learned.aucHigh());
        }
        if (needle.aucLow() <= 0.5) {
            return String.format("AUC %.3f, 95%% interval [%.3f, %.3f] includes 0.5: these data carry no usable"
                    + " signal about the outcome", needle.auc(), needle.aucLow(), needle.aucHigh());
        }
        return null;
    }
}
