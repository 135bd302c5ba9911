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
 * {@link FeatureSpace}, learned from snapshots of the deals closed before as-of, its λ chosen and its
 * Platt calibration fitted on the latest quarter of them, held out. It is used only when out-of-time
 * evidence says it beats the calibrated stage baseline ({@link Decision}): rolling-origin time splits
 * over the training deals, the per-deal log-loss gain pooled, its bootstrap 95% interval above zero.
 * Below {@value #MIN_EACH} won or lost training deals it is not even tried ({@link #fallback()}).
 */
public final class WinModel {
    /** Won and lost deals each below which the data is too thin to learn from: the stage baseline is used. */
    public static final int MIN_EACH = 20;
    static final Duration SNAPSHOT_EVERY = Duration.ofDays(14);
    static final int MAX_SNAPSHOTS = 8;
    /** The λ tried on the inner time split; the one with the lowest held-out log loss is kept. */
    static final double[] LAMBDAS = {0.1, 1, 10, 100, 1000, 10000};
    /**
     * Rolling origins: these quantiles of the training deals' close instants. Each origin trains on at least
     * 60% of the training deals, so it judges a model of nearly the size of the one used (origins at 50%
     * or earlier understate it on small teams); the four windows after them hold the latest 40%.
     */
    static final double[] ORIGINS = {0.6, 0.7, 0.8, 0.9};
    static final int BOOTSTRAP = 2000;
    private static final long SEED = 20261123L;

    /**
     * Whether the learned model is used, and the evidence: the mean per-deal log-loss gain over the
     * stage baseline (nats; positive: the model is better) with its bootstrap 95% interval, and the
     * Brier gain, over {@code testDeals} deals of {@code origins} rolling time splits.
     */
    public record Decision(boolean learned, String reason, double gain, double gainLow, double gainHigh,
                           double brierGain, double brierGainLow, double brierGainHigh, int origins, int testDeals,
                           double lambda) {
        static Decision thin(String reason) {
            return new Decision(false, reason, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN);
        }
    }

    private final DealIndex history;
    private final StageBaseline stageBaseline;
    private final StageWinRates crmStageRates;
    private final StageSourceBayes bayes;
    private final Learned learned;
    private final int won;
    private final int lost;
    private final Decision decision;

    private WinModel(DealIndex history, StageBaseline stageBaseline, StageWinRates crmStageRates, StageSourceBayes bayes,
                     Learned learned, int won, int lost, Decision decision) {
        this.history = history;
        this.stageBaseline = stageBaseline;
        this.crmStageRates = crmStageRates;
        this.bayes = bayes;
        this.learned = learned;
        this.won = won;
        this.lost = lost;
        this.decision = decision;
    }

    /**
     * The calibrated stage baseline: stage rates as deals were seen while open, empirical-Bayes smoothed
     * ({@link StageWinRates#ofSnapshots}), learned from the deals closed before the inner cut, then
     * Platt-scaled on the logit of the rate over the held-out latest quarter, exactly as the learned model
     * is: the rate keeps the stages' order and the scaling fits it to how deals are scored (one moment of
     * their open life, soon before they close). {@code platt} is null when that quarter cannot fit one.
     */
    private record StageBaseline(StageWinRates rates, PlattScaling platt) {
        static StageBaseline of(DealIndex history, List<Deal> closed) {
            HeldOut split = HeldOut.of(history, closed);
            StageWinRates rates = StageWinRates.ofSnapshots(history, snapshots(history, split.before()));
            if (split.calibrate().isEmpty() || split.before().isEmpty()) {
                return new StageBaseline(StageWinRates.ofSnapshots(history, snapshots(history, closed)), null);
            }
            double[] scores = split.calibrate().stream()
                    .mapToDouble(s -> logit(rates.of(history.stageAt(s.deal(), s.at())))).toArray();
            int[] truth = split.calibrate().stream().mapToInt(s -> s.deal().outcome() == Outcome.WON ? 1 : 0).toArray();
            int won = java.util.Arrays.stream(truth).sum();
            boolean varies = java.util.Arrays.stream(scores).distinct().count() > 1;
            if (won == 0 || won == truth.length || !varies) {
                return new StageBaseline(StageWinRates.ofSnapshots(history, snapshots(history, closed)), null);
            }
            return new StageBaseline(rates, PlattScaling.fit(scores, truth));
        }

        double of(String stage) {
            double rate = rates.of(stage);
            return clamp(platt == null ? rate : platt.scale(logit(rate)));
        }

        private static double logit(double p) {
            double q = clamp(p);
            return Math.log(q / (1 - q));
        }
    }

    /** The inner time split: deals closed before the 75th percentile of the closes, and the rest seen once after it. */
    private record HeldOut(Instant innerCut, List<Deal> before, List<Snapshot> calibrate) {
        static HeldOut of(DealIndex history, List<Deal> closed) {
            List<Instant> closes = closed.stream().map(history::closedAt).sorted().toList();
            Instant innerCut = closes.get((int) (0.75 * (closes.size() - 1)));
            List<Deal> before = closed.stream().filter(d -> history.closedAt(d).isBefore(innerCut)).toList();
            Random random = new Random(SEED);
            List<Snapshot> calibrate = closed.stream().filter(d -> !history.closedAt(d).isBefore(innerCut))
                    .filter(d -> d.createdAt().isBefore(history.closedAt(d)))
                    .map(d -> momentAfter(history, d, innerCut, random)).toList();
            return new HeldOut(innerCut, before, calibrate);
        }
    }

    /** The logistic regression on standardised features with its Platt scaling. */
    private record Learned(FeatureSpace space, double[] mean, double[] scale, double[] weights, PlattScaling platt,
                           double lambda) {
        double logit(DealIndex history, Snapshot snapshot) {
            double[] z = standardised(history, snapshot);
            double logit = weights[z.length];
            for (int j = 0; j < z.length; j++) logit += weights[j] * z[j];
            return logit;
        }

        double probability(DealIndex history, Snapshot snapshot) {
            return clamp(platt.scale(logit(history, snapshot)));
        }

        double[] standardised(DealIndex history, Snapshot snapshot) {
            double[] x = space.of(history, snapshot.deal(), snapshot.at());
            for (int j = 0; j < x.length; j++) x[j] = (x[j] - mean[j]) / scale[j];
            return x;
        }
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
     * This model, learned as it was, scoring the records of {@code data}: what the API server uses after its
     * own writes, where learning again from every closed deal took seconds and one write barely moves it.
     */
    public WinModel on(Dataset data) {
        if (history.data == data) return this;
        return new WinModel(DealIndex.of(data), stageBaseline, crmStageRates, bayes, learned, won, lost, decision);
    }

    /** The win probability by Needle's deal id of every deal open at as-of, as this model scores them. */
    public java.util.Map<Long, Double> probabilityById(Instant asOf) {
        java.util.Map<Long, Double> byId = new java.util.HashMap<>();
        for (Deal deal : openAt(history, asOf)) byId.put(deal.id(), probability(new Snapshot(deal, asOf)));
        return byId;
    }

    /**
     * Win probability by deal id as of any moment, the dataset indexed once: what {@code Backtest.run}
     * takes. Each call retrains on the deals closed before its moment, with the same decision.
     */
    public static java.util.function.Function<Instant, java.util.Map<Long, Double>> asOf(Dataset data) {
        DealIndex history = DealIndex.of(data);
        return moment -> train(history, closedBefore(history, moment), moment).probabilityById(moment);
    }

    /** Learns from the deals that had closed (won or lost) before as-of. */
    public static WinModel train(Dataset data, Instant asOf) {
        DealIndex history = DealIndex.of(data);
        return train(history, closedBefore(history, asOf), asOf);
    }

    private static List<Deal> closedBefore(DealIndex history, Instant asOf) {
        return history.data.deals().stream().filter(deal -> !deal.isOpen() && deal.createdAt() != null)
                .filter(deal -> history.closedAt(deal) != null && history.closedAt(deal).isBefore(asOf)).toList();
    }

    static WinModel train(DealIndex history, List<Deal> closed, Instant asOf) {
        int won = (int) closed.stream().filter(deal -> deal.outcome() == Outcome.WON).count();
        int lost = closed.size() - won;
        List<Snapshot> all = snapshots(history, closed);
        StageBaseline stages = closed.isEmpty() ? new StageBaseline(StageWinRates.ofSnapshots(history, all), null)
                : StageBaseline.of(history, closed);
        StageWinRates crm = StageWinRates.of(history, closed);
        StageSourceBayes bayes = new StageSourceBayes(history, all);
        if (won < MIN_EACH || lost < MIN_EACH) {
            return new WinModel(history, stages, crm, bayes, null, won, lost, Decision.thin(String.format(
                    "only %d won and %d lost deals closed before it (fewer than %d of each): too thin to learn from;"
                            + " using the stage win-rate baseline", won, lost, MIN_EACH)));
        }
        Learned learned = fit(history, closed);
        if (learned == null) {
            return new WinModel(history, stages, crm, bayes, null, won, lost, Decision.thin(
                    "too thin to learn from: the latest quarter of the closed deals holds no won and lost deals both;"
                            + " using the stage win-rate baseline"));
        }
        Decision decision = decide(history, closed, asOf, learned.lambda());
        return new WinModel(history, stages, crm, bayes, learned, won, lost, decision);
    }

    /**
     * Fits the model on the deals closed before the inner cut (the 75th percentile of their closes),
     * for each λ of {@link #LAMBDAS}, calibrates each on the deals closed after it (one seeded moment each,
     * the way the model is used) and keeps the λ with the lowest calibrated log loss there.
     * Null when the held-out quarter lacks won or lost deals.
     */
    private static Learned fit(DealIndex history, List<Deal> closed) {
        HeldOut split = HeldOut.of(history, closed);
        List<Snapshot> fit = snapshots(history, split.before());
        List<Snapshot> calibrate = split.calibrate();
        int[] y = fit.stream().mapToInt(s -> s.deal().outcome() == Outcome.WON ? 1 : 0).toArray();
        int[] truth = calibrate.stream().mapToInt(s -> s.deal().outcome() == Outcome.WON ? 1 : 0).toArray();
        int fitWon = java.util.Arrays.stream(y).sum();
        int heldWon = java.util.Arrays.stream(truth).sum();
        if (fitWon == 0 || fitWon == y.length || heldWon == 0 || heldWon == truth.length) return null;
        FeatureSpace space = FeatureSpace.learn(history, fit);
        double[][] x = fit.stream().map(s -> space.of(history, s.deal(), s.at())).toArray(double[][]::new);
        int p = space.names().size();
        double[] mean = new double[p];
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            for (double[] row : x) mean[j] += row[j] / x.length;
            for (double[] row : x) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        for (double[] row : x) for (int j = 0; j < p; j++) row[j] = (row[j] - mean[j]) / scale[j];
        double[][] held = calibrate.stream().map(s -> space.of(history, s.deal(), s.at())).toArray(double[][]::new);
        for (double[] row : held) for (int j = 0; j < p; j++) row[j] = (row[j] - mean[j]) / scale[j];
        Learned best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double lambda : LAMBDAS) {
            double[] weights = LogisticRegression.binomial(x, y, lambda, 1e-6, 500).coefficients();
            double[] scores = new double[held.length];
            for (int i = 0; i < held.length; i++) {
                scores[i] = weights[p];
                for (int j = 0; j < p; j++) scores[i] += weights[j] * held[i][j];
            }
            PlattScaling platt = PlattScaling.fit(scores, truth);
            double loss = 0;
            for (int i = 0; i < held.length; i++) loss += pointLogLoss(clamp(platt.scale(scores[i])), truth[i]);
            if (loss < bestLoss - 1e-9) {
                bestLoss = loss;
                best = new Learned(space, mean, scale, weights, platt, lambda);
            }
        }
        return best;
    }

    /**
     * Rolling-origin evidence on the training deals alone: at each origin (quantiles {@link #ORIGINS} of
     * their closes) the model and the stage baseline are learned from the deals closed before it, and
     * both score the deals closed from it to the next origin (the last window ends at as-of), each seen
     * once at a seeded moment of its open life after the origin. The per-deal gains of all windows are
     * pooled; the learned model is used when the bootstrap 95% interval of the mean log-loss gain lies
     * above zero. Origins with fewer than {@value #MIN_EACH} won or lost deals before them are skipped.
     */
    private static Decision decide(DealIndex history, List<Deal> closed, Instant asOf, double lambda) {
        List<Instant> closes = closed.stream().map(history::closedAt).sorted().toList();
        List<double[]> gains = new ArrayList<>(); // {log-loss gain, Brier gain}
        int origins = 0;
        Random random = new Random(SEED + 1);
        for (int k = 0; k < ORIGINS.length; k++) {
            Instant origin = closes.get((int) (ORIGINS[k] * (closes.size() - 1)));
            Instant end = k + 1 < ORIGINS.length ? closes.get((int) (ORIGINS[k + 1] * (closes.size() - 1))) : asOf;
            List<Deal> before = closed.stream().filter(d -> history.closedAt(d).isBefore(origin)).toList();
            long beforeWon = before.stream().filter(d -> d.outcome() == Outcome.WON).count();
            if (beforeWon < MIN_EACH || before.size() - beforeWon < MIN_EACH) continue;
            List<Deal> window = closed.stream().filter(d -> !history.closedAt(d).isBefore(origin) && history.closedAt(d).isBefore(end))
                    .filter(d -> d.createdAt().isBefore(history.closedAt(d))).toList();
            if (window.isEmpty()) continue;
            Learned model = fit(history, before);
            if (model == null) continue;
            StageBaseline baseline = StageBaseline.of(history, before);
            origins++;
            for (Deal deal : window) {
                Snapshot snapshot = momentAfter(history, deal, origin, random);
                int y = deal.outcome() == Outcome.WON ? 1 : 0;
                double p = model.probability(history, snapshot);
                double b = clamp(baseline.of(history.stageAt(deal, snapshot.at())));
                gains.add(new double[]{pointLogLoss(b, y) - pointLogLoss(p, y), (b - y) * (b - y) - (p - y) * (p - y)});
            }
        }
        if (gains.isEmpty()) {
            return Decision.thin("too thin to judge: no rolling time split had " + MIN_EACH + " won and " + MIN_EACH
                    + " lost deals before it and deals closed after it; using the stage win-rate baseline");
        }
        double[] logLoss = interval(gains, 0);
        double[] brier = interval(gains, 1);
        boolean used = logLoss[1] > 0;
        String evidence = String.format("log-loss gain over the stage baseline %.4f nats per deal, 95%% interval [%.4f, %.4f]"
                + " (bootstrap over %d deals of %d rolling time splits)", logLoss[0], logLoss[1], logLoss[2], gains.size(), origins);
        String reason = used ? "the learned model beats the stage baseline out of time: " + evidence
                : "no signal beyond the stage: " + evidence + " does not lie above zero; using the stage win-rate baseline";
        return new Decision(used, reason, logLoss[0], logLoss[1], logLoss[2], brier[0], brier[1], brier[2], origins,
                gains.size(), lambda);
    }

    /** Mean of column {@code c} with its percentile bootstrap 95% interval (seeded). */
    private static double[] interval(List<double[]> rows, int c) {
        int n = rows.size();
        double[] values = rows.stream().mapToDouble(row -> row[c]).toArray();
        double mean = java.util.Arrays.stream(values).average().orElse(Double.NaN);
        Random random = new Random(SEED + 2);
        double[] means = new double[BOOTSTRAP];
        for (int b = 0; b < BOOTSTRAP; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += values[random.nextInt(n)];
            means[b] = sum / n;
        }
        java.util.Arrays.sort(means);
        return new double[]{mean, means[(int) (0.025 * BOOTSTRAP)], means[(int) (0.975 * BOOTSTRAP) - 1]};
    }

    private static double pointLogLoss(double p, int y) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return y == 1 ? -Math.log(q) : -Math.log(1 - q);
    }

    /** Each deal seen every 14 days from a day after its creation while it was open, at most 8 times. */
    static List<Snapshot> snapshots(DealIndex history, List<Deal> closed) {
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
    static Snapshot momentAfter(DealIndex history, Deal deal, Instant cut, Random random) {
        Instant from = deal.createdAt().isAfter(cut) ? deal.createdAt() : cut;
        long span = Math.max(1, Duration.between(from, history.closedAt(deal)).toSeconds());
        return new Snapshot(deal, from.plusSeconds((long) (random.nextDouble() * span)));
    }

    static List<Deal> openAt(DealIndex history, Instant asOf) {
        return history.data.deals().stream().filter(deal -> history.isOpenAt(deal, asOf)).toList();
    }

    /** Whether the data was too thin to learn from or to judge: the stage baseline, untried. */
    public boolean fallback() {
        return learned == null || decision.origins() == 0;
    }

    /** Whether a learned model was tried and the out-of-time evidence did not favour it. */
    public boolean noSignal() {
        return !fallback() && !decision.learned();
    }

    /** Whether the learned model scores deals (else the stage baseline does). */
    public boolean usesLearnedModel() {
        return decision.learned();
    }

    public Decision decision() {
        return decision;
    }

    /** Whether a learned model was fitted (used or not). */
    boolean hasLearnedModel() {
        return learned != null;
    }

    /** The learned log-odds effect of one standard deviation of each feature (empty without a learned model). */
    public java.util.Map<String, Double> weights() {
        java.util.Map<String, Double> named = new java.util.LinkedHashMap<>();
        if (learned == null) return named;
        List<String> names = learned.space().names();
        for (int j = 0; j < names.size(); j++) named.put(names.get(j), learned.weights()[j]);
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
            List<Reason> reasons = new ArrayList<>(usesLearnedModel() ? reasons(snapshot) : List.of());
            reasons.addAll(nextActionReasons(deal, asOf));
            String stage = history.stageAt(deal, asOf);
            scored.add(new WinProbability(deal.id(), deal.externalId(), stage, probability(snapshot), reasons));
        }
        return scored;
    }

    double probability(Snapshot snapshot) {
        return usesLearnedModel() ? learnedProbability(snapshot) : stageRate(snapshot);
    }

    /** The learned model's calibrated probability, even where it is not used. */
    double learnedProbability(Snapshot snapshot) {
        return learned.probability(history, snapshot);
    }

    /** The calibrated stage baseline: stage rates as deals were seen, empirical-Bayes smoothed. */
    double stageRate(Snapshot snapshot) {
        return clamp(stageBaseline.of(history.stageAt(snapshot.deal(), snapshot.at())));
    }

    /** The stage rates CRMs show (share won of deals that ever passed through the stage), uncalibrated. */
    double crmStageRate(Snapshot snapshot) {
        return crmStageRates.of(history.stageAt(snapshot.deal(), snapshot.at()));
    }

    double bayes(Snapshot snapshot) {
        return bayes.probability(history, snapshot);
    }

    private static double clamp(double probability) {
        return Math.min(1 - 1e-4, Math.max(1e-4, probability));
    }

    /** The three features that moved the deal furthest from the average training deal, in words. */
    private List<Reason> reasons(Snapshot snapshot) {
        double[] raw = learned.space().of(history, snapshot.deal(), snapshot.at());
        double[] z = learned.standardised(history, snapshot);
        List<String> names = learned.space().names();
        List<Reason> reasons = new ArrayList<>();
        for (int j = 0; j < z.length; j++) {
            String name = names.get(j);
            boolean oneHot = name.startsWith("stage:") || name.startsWith("source:");
            if (name.contains("×")) continue; // told through its base feature
            if (oneHot && raw[j] == 0 || name.equals("quiet21") || name.equals("noAmount") && raw[j] == 0) continue;
            double effect = learned.weights()[j] * z[j];
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
