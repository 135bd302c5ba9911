package dev.needle.predict;

import dev.needle.measure.Quantiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How good probabilities are against outcomes (1 won, 0 lost): AUC with DeLong's 95% interval,
 * Brier score, log loss and a calibration table by deciles of the predicted probability.
 */
public record Scores(int deals, double auc, double aucLow, double aucHigh, double brier, double logLoss,
                     double calibrationError, List<CalibrationBin> calibration) {
    public Scores {
        calibration = List.copyOf(calibration);
    }

    /** Deals in one decile of predicted probability: their mean prediction beside their observed win rate. */
    public record CalibrationBin(int deals, double predicted, double observed) {
    }

    public static Scores of(double[] probability, int[] outcome) {
        int n = probability.length;
        double brier = 0;
        double logLoss = 0;
        for (int i = 0; i < n; i++) {
            double p = Math.min(1 - 1e-6, Math.max(1e-6, probability[i]));
            brier += (probability[i] - outcome[i]) * (probability[i] - outcome[i]) / n;
            logLoss -= (outcome[i] == 1 ? Math.log(p) : Math.log(1 - p)) / n;
        }
        double[] auc = aucWithInterval(probability, outcome);
        List<CalibrationBin> bins = calibration(probability, outcome);
        double error = 0;
        for (CalibrationBin bin : bins) error += bin.deals() * Math.abs(bin.predicted() - bin.observed()) / n;
        return new Scores(n, auc[0], auc[1], auc[2], brier, logLoss, error, bins);
    }

    /**
     * AUC = P(score of a won deal > score of a lost deal), ties counting half, with DeLong's variance:
     * Var = S₁₀/m + S₀₁/n over the m won and n lost deals' placement values.
     */
    static double[] aucWithInterval(double[] score, int[] outcome) {
        double[] won = select(score, outcome, 1);
        double[] lost = select(score, outcome, 0);
        if (won.length == 0 || lost.length == 0) return new double[]{Double.NaN, Double.NaN, Double.NaN};
        double[] sortedWon = won.clone();
        double[] sortedLost = lost.clone();
        Arrays.sort(sortedWon);
        Arrays.sort(sortedLost);
        double[] v10 = new double[won.length];
        for (int i = 0; i < won.length; i++) v10[i] = placement(sortedLost, won[i], false);
        double[] v01 = new double[lost.length];
        for (int j = 0; j < lost.length; j++) v01[j] = placement(sortedWon, lost[j], true);
        double auc = Arrays.stream(v10).average().orElse(Double.NaN);
        double variance = variance(v10, auc) / won.length + variance(v01, auc) / lost.length;
        double half = Quantiles.Z_95 * Math.sqrt(variance);
        return new double[]{auc, Math.max(0, auc - half), Math.min(1, auc + half)};
    }

    /** Share of the sorted other class a value beats (above=false) or is beaten by (above=true), ties half. */
    private static double placement(double[] sorted, double value, boolean above) {
        int below = lowerBound(sorted, value);
        int notAbove = upperBound(sorted, value);
        double ties = notAbove - below;
        double count = above ? sorted.length - notAbove : below;
        return (count + ties / 2) / sorted.length;
    }

    private static int lowerBound(double[] sorted, double value) {
        int low = 0, high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) low = mid + 1; else high = mid;
        }
        return low;
    }

    private static int upperBound(double[] sorted, double value) {
        int low = 0, high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) low = mid + 1; else high = mid;
        }
        return low;
    }

    private static double variance(double[] values, double mean) {
        if (values.length < 2) return 0;
        double sum = 0;
        for (double value : values) sum += (value - mean) * (value - mean);
        return sum / (values.length - 1);
    }

    private static double[] select(double[] score, int[] outcome, int which) {
        return java.util.stream.IntStream.range(0, score.length).filter(i -> outcome[i] == which).mapToDouble(i -> score[i]).toArray();
    }

    private static List<CalibrationBin> calibration(double[] probability, int[] outcome) {
        Integer[] order = new Integer[probability.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(probability[a], probability[b]));
        List<CalibrationBin> bins = new ArrayList<>();
        for (int decile = 0; decile < 10; decile++) {
            int from = decile * order.length / 10;
            int to = (decile + 1) * order.length / 10;
            if (to <= from) continue;
            double predicted = 0;
            double observed = 0;
            for (int k = from; k < to; k++) {
                predicted += probability[order[k]];
                observed += outcome[order[k]];
            }
            bins.add(new CalibrationBin(to - from, predicted / (to - from), observed / (to - from)));
        }
        return bins;
    }
}
