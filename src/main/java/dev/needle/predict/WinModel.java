package dev.needle.predict;

import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.NextAction;
import dev.needle.domain.Outcome;
import dev.needle.predict.FeatureSpace.Snapshot;
import dev.needle.predict.WinProbability.Reason;
import smile.classification.LogisticRegression;
import smile.classification.PlattScaling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Win probability of open deals: an L2-regularised logistic regression (Smile) over the features of
 * {@link FeatureSpace}, learned from snapshots of the deals closed before as-of and calibrated by
 * Platt scaling on the latest quarter of them, held out. With fewer than {@value #MIN_EACH} won or lost training
 * deals (Einstein's rule) it is the stage baseline instead, and {@link #fallback()} says so.
 */
public final class WinModel {
    /** Won and lost deals each that a learned model needs; below that the stage baseline is used. */
    public static final int MIN_EACH = 200;
    static final Duration SNAPSHOT_EVERY = Duration.ofDays(14);
    static final int MAX_SNAPSHOTS = 8;
    private static final double LAMBDA = 1.0;
    /** Log loss (nats per deal) the model must gain over the stage rates on held-out deals to be used. */
    static final double MIN_GAIN = 0.005;
    private static final long SEED = 20261123L;

    private final DealHistory history;
    private final StageWinRates stageBaseline;
    private final StageSourceBayes bayes;
    private final FeatureSpace space;
    private final double[] mean;
    private final double[] scale;
    private final double[] weights; // per standardised feature, intercept last
    private final PlattScaling platt;
    private final int won;
    private final int lost;
    private final boolean noSignal;

    private WinModel(DealHistory history, StageWinRates stageBaseline, StageSourceBayes bayes, FeatureSpace space,
                     double[] mean, double[] scale, double[] weights, PlattScaling platt, int won, int lost, boolean noSignal) {
        this.history = history;
        this.stageBaseline = stageBaseline;
        this.bayes = bayes;
        this.space = space;
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.platt = platt;
        this.won = won;
        this.lost = lost;
        this.noSignal = noSignal;
    }

    /**
     * The calibrated win probability of every deal open at as-of, learned from the deals closed before
     * it, with its top three reasons. The one call a forecast needs; {@code data} may hold more than
     * was recorded by as-of: nothing later is used.
     */
    public static List<WinProbability> winProbabilities(Dataset data, Instant asOf) {
        WinModel model = train(data, asOf);
        return model.score(openAt(model.history, asOf), asOf);
    }

    /** {@link #winProbabilities} by Needle's deal id: what {@code Forecast.of} takes. */
    public static java.util.Map<Long, Double> winProbabilityById(Dataset data, Instant asOf) {
        return asOf(data).apply(asOf);
    }

    /**
     * Win probability by deal id as of any moment, the dataset indexed once: what {@code Backtest.run}
     * takes. Each call retrains on the deals closed before its moment.
     */
    public static java.util.function.Function<Instant, java.util.Map<Long, Double>> asOf(Dataset data) {
        DealHistory history = DealHistory.of(data);
        return moment -> {
            WinModel model = train(history, closedBefore(history, moment));
            java.util.Map<Long, Double> byId = new java.util.HashMap<>();
            for (Deal deal : openAt(history, moment)) byId.put(deal.id(), model.probability(new Snapshot(deal, moment)));
            return byId;
        };
    }

    /** Learns from the deals that had closed (won or lost) before as-of. */
    public static WinModel train(Dataset data, Instant asOf) {
        DealHistory history = DealHistory.of(data);
        return train(history, closedBefore(history, asOf));
    }

    private static List<Deal> closedBefore(DealHistory history, Instant asOf) {
        return history.data.deals().stream().filter(deal -> !deal.isOpen() && deal.createdAt() != null)
                .filter(deal -> history.closedAt(deal) != null && history.closedAt(deal).isBefore(asOf)).toList();
    }

    static WinModel train(DealHistory history, List<Deal> closed) {
        int won = (int) closed.stream().filter(deal -> deal.outcome() == Outcome.WON).count();
        int lost = closed.size() - won;
        List<Snapshot> all = snapshots(history, closed);
        StageWinRates stages = StageWinRates.of(history, closed);
        StageSourceBayes bayes = new StageSourceBayes(history, all);
        if (won < MIN_EACH || lost < MIN_EACH) return new WinModel(history, stages, bayes, null, null, null, null, null, won, lost, false);
        // calibrate as the model is used: on the latest quarter of the training deals, each seen once at a
        // seeded moment after the inner cut, with the model learned from the deals closed before it
        List<Instant> closes = closed.stream().map(history::closedAt).sorted().toList();
        Instant innerCut = closes.get((int) (0.75 * (closes.size() - 1)));
        List<Snapshot> fit = snapshots(history, closed.stream().filter(d -> history.closedAt(d).isBefore(innerCut)).toList());
        Random random = new Random(SEED);
        List<Snapshot> calibrate = closed.stream().filter(d -> !history.closedAt(d).isBefore(innerCut))
                .filter(d -> d.createdAt().isBefore(history.closedAt(d)))
                .map(d -> momentAfter(history, d, innerCut, random)).toList();
        FeatureSpace space = FeatureSpace.learn(history, fit);
        double[][] x = fit.stream().map(s -> space.of(history, s.deal(), s.at())).toArray(double[][]::new);
        int[] y = fit.stream().mapToInt(s -> s.deal().outcome() == Outcome.WON ? 1 : 0).toArray();
        int p = space.names().size();
        double[] mean = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            for (double[] row : x) mean[j] += row[j] / x.length;
            for (double[] row : x) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        for (double[] row : x) for (int j = 0; j < p; j++) row[j] = (row[j] - mean[j]) / scale[j];
        double[] weights = LogisticRegression.binomial(x, y, LAMBDA, 1e-6, 500).coefficients();
        WinModel raw = new WinModel(history, stages, bayes, space, mean, scale, weights, null, won, lost, false);
        double[] scores = calibrate.stream().mapToDouble(raw::logit).toArray();
        int[] truth = calibrate.stream().mapToInt(s -> s.deal().outcome() == Outcome.WON ? 1 : 0).toArray();
        PlattScaling platt = PlattScaling.fit(scores, truth);
        WinModel calibrated = new WinModel(history, stages, bayes, space, mean, scale, weights, platt, won, lost, false);
        // no better than the stage rates on the held-out deals: there is no signal beyond the stage to learn
        double model = logLoss(calibrate, calibrated::learnedProbability);
        double baseline = logLoss(calibrate, calibrated::stageRate);
        boolean noSignal = model > baseline - MIN_GAIN;
        return new WinModel(history, stages, bayes, space, mean, scale, weights, platt, won, lost, noSignal);
    }

    private static double logLoss(List<Snapshot> snapshots, java.util.function.ToDoubleFunction<Snapshot> probability) {
        double sum = 0;
        for (Snapshot snapshot : snapshots) {
            double p = Math.min(1 - 1e-6, Math.max(1e-6, probability.applyAsDouble(snapshot)));
            sum -= snapshot.deal().outcome() == Outcome.WON ? Math.log(p) : Math.log(1 - p);
        }
        return sum / snapshots.size();
    }

    /** Each deal seen every 14 days from a day after its creation while it was open, at most 8 times. */
    static List<Snapshot> snapshots(DealHistory history, List<Deal> closed) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (Deal deal : closed) {
            Instant end = history.closedAt(deal);
            List<Instant> moments = new ArrayList<>();
            for (Instant at = deal.createdAt().plus(Duration.ofDays(1)); at.isBefore(end); at = at.plus(SNAPSHOT_EVERY)) moments.add(at);
            if (moments.isEmpty() && deal.createdAt().isBefore(end)) moments.add(deal.createdAt().plus(Duration.between(deal.createdAt(), end).dividedBy(2)));
            int step = Math.max(1, (moments.size() + MAX_SNAPSHOTS - 1) / MAX_SNAPSHOTS);
            for (int i = 0; i < moments.size(); i += step) snapshots.add(new Snapshot(deal, moments.get(i)));
        }
        return snapshots;
    }

    /** One seeded moment in the part of the deal's open life after the cut. */
    static Snapshot momentAfter(DealHistory history, Deal deal, Instant cut, Random random) {
        Instant from = deal.createdAt().isAfter(cut) ? deal.createdAt() : cut;
        long span = Math.max(1, Duration.between(from, history.closedAt(deal)).toSeconds());
        return new Snapshot(deal, from.plusSeconds((long) (random.nextDouble() * span)));
    }

    static List<Deal> openAt(DealHistory history, Instant asOf) {
        return history.data.deals().stream().filter(deal -> history.isOpenAt(deal, asOf)).toList();
    }

    /** Whether too few closed deals forced the stage baseline. */
    public boolean fallback() {
        return weights == null;
    }

    /** The learned log-odds effect of one standard deviation of each feature (empty when falling back). */
    public java.util.Map<String, Double> weights() {
        java.util.Map<String, Double> named = new java.util.LinkedHashMap<>();
        if (fallback()) return named;
        List<String> names = space.names();
        for (int j = 0; j < names.size(); j++) named.put(names.get(j), weights[j]);
        return named;
    }

    public int trainingWon() {
        return won;
    }

    public int trainingLost() {
        return lost;
    }

    /** Scores the deals as they stood at as-of. */
    public List<WinProbability> score(List<Deal> deals, Instant asOf) {
        List<WinProbability> scored = new ArrayList<>(deals.size());
        for (Deal deal : deals) {
            Snapshot snapshot = new Snapshot(deal, asOf);
            List<Reason> reasons = new ArrayList<>(fallback() || noSignal ? List.of() : reasons(snapshot));
            reasons.addAll(nextActionReasons(deal, asOf));
            String stage = history.stageAt(deal, asOf);
            scored.add(new WinProbability(deal.id(), deal.externalId(), stage, probability(snapshot), reasons));
        }
        return scored;
    }

    double probability(Snapshot snapshot) {
        if (fallback() || noSignal) return stageRate(snapshot);
        return learnedProbability(snapshot);
    }

    /** The learned model's calibrated probability, even where it is not used. */
    double learnedProbability(Snapshot snapshot) {
        return clamp(platt.scale(logit(snapshot)));
    }

    /**
     * Whether the learned model did no better than the stage rates on the held-out training deals
     * (log loss gain under {@value #MIN_GAIN}); the stage rates are then used, and this says so.
     */
    public boolean noSignal() {
        return noSignal;
    }

    double stageRate(Snapshot snapshot) {
        return stageBaseline.of(history.stageAt(snapshot.deal(), snapshot.at()));
    }

    double bayes(Snapshot snapshot) {
        return bayes.probability(snapshot);
    }

    private static double clamp(double probability) {
        return Math.min(1 - 1e-4, Math.max(1e-4, probability));
    }

    private double logit(Snapshot snapshot) {
        double[] z = standardised(snapshot);
        double logit = weights[z.length];
        for (int j = 0; j < z.length; j++) logit += weights[j] * z[j];
        return logit;
    }

    private double[] standardised(Snapshot snapshot) {
        double[] x = space.of(history, snapshot.deal(), snapshot.at());
        for (int j = 0; j < x.length; j++) x[j] = (x[j] - mean[j]) / scale[j];
        return x;
    }

    /** The three features that moved the deal furthest from the average training deal, in words. */
    private List<Reason> reasons(Snapshot snapshot) {
        double[] raw = space.of(history, snapshot.deal(), snapshot.at());
        double[] z = standardised(snapshot);
        List<String> names = space.names();
        List<Reason> reasons = new ArrayList<>();
        for (int j = 0; j < z.length; j++) {
            String name = names.get(j);
            boolean oneHot = name.startsWith("stage:") || name.startsWith("source:");
            if (name.contains("×")) continue; // told through its base feature
            if (oneHot && raw[j] == 0 || name.equals("quiet21") || name.equals("noAmount") && raw[j] == 0) continue;
            double effect = weights[j] * z[j];
            if (Math.abs(effect) >= 0.05) reasons.add(new Reason(Reasons.describe(name, raw[j]), effect));
        }
        reasons.sort(Comparator.comparingDouble((Reason reason) -> -Math.abs(reason.effect())));
        return reasons.subList(0, Math.min(3, reasons.size()));
    }

    /** Next-action state in words; not a model feature: exports do not say when a next action was recorded. */
    private List<Reason> nextActionReasons(Deal deal, Instant asOf) {
        if (history.data.nextActions().isEmpty()) return List.of();
        List<NextAction> open = history.nextActions(deal).stream().filter(a -> a.status() == NextAction.Status.OPEN).toList();
        if (open.isEmpty()) return List.of(new Reason("no next action", 0));
        LocalDate today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        LocalDate due = open.stream().map(NextAction::due).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        if (due != null && due.isBefore(today)) return List.of(new Reason("next action overdue since " + due, 0));
        if (open.stream().allMatch(a -> a.valueForBuyer() == null || a.valueForBuyer().isBlank())) {
            return List.of(new Reason("next action gives the buyer nothing", 0));
        }
        return List.of();
    }
}
