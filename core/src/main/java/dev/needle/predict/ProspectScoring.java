package dev.needle.predict;

import smile.classification.LogisticRegression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Ranks prospects by their chance to convert, from their attributes and touch history, for the
 * opportunity-creation block: L2-regularised logistic regression over log(1 + x) of the numeric
 * columns with a not-answered indicator, and one-hot categorical columns (levels with fewer than 30
 * training leads pooled as "other"). Columns a salesperson fills in after talking to the lead
 * (X Education's Tags, Lead Quality, Asymmetrique scores) are left out: they encode the outcome.
 */
public final class ProspectScoring {
    /** X Education's numeric columns. */
    public static final List<String> NUMERIC = List.of("TotalVisits", "Total Time Spent on Website", "Page Views Per Visit");
    /** X Education's attributes and touch history known before a salesperson works the lead. */
    public static final List<String> CATEGORICAL = List.of("Lead Origin", "Lead Source", "Do Not Email", "Do Not Call",
            "Last Activity", "Country", "Specialization", "How did you hear about X Education",
            "What is your current occupation", "What matters most to you in choosing a course", "Lead Profile", "City",
            "A free copy of Mastering The Interview", "Last Notable Activity");
    private static final int MIN_LEVEL = 30;

    private final List<String> numeric;
    private final boolean logs;
    private final Map<String, List<String>> levels;
    private final double[] mean;
    private final double[] scale;
    private final LogisticRegression.Binomial model;

    private ProspectScoring(List<String> numeric, boolean logs, Map<String, List<String>> levels, List<Lead> training, double lambda) {
        this.numeric = numeric;
        this.logs = logs;
        this.levels = levels;
        double[][] x = training.stream().map(this::raw).toArray(double[][]::new);
        int p = x[0].length;
        mean = new double[p];
        scale = new double[p];
        for (int j = 0; j < p; j++) {
            for (double[] row : x) mean[j] += row[j] / x.length;
            for (double[] row : x) scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
        }
        for (double[] row : x) for (int j = 0; j < p; j++) row[j] = (row[j] - mean[j]) / scale[j];
        int[] y = training.stream().mapToInt(lead -> lead.converted() ? 1 : 0).toArray();
        model = LogisticRegression.binomial(x, y, lambda, 1e-6, 500);
    }

    /** Needle's scorer: numeric columns as log(1 + x) with not-answered flags, plus the categorical ones. */
    public static ProspectScoring train(List<Lead> training, List<String> numeric, List<String> categorical) {
        Map<String, List<String>> levels = new HashMap<>();
        for (String column : categorical) {
            Map<String, Integer> counts = new HashMap<>();
            for (Lead lead : training) counts.merge(level(lead, column), 1, Integer::sum);
            List<String> frequent = new ArrayList<>(counts.entrySet().stream().filter(e -> e.getValue() >= MIN_LEVEL)
                    .map(Map.Entry::getKey).sorted().toList());
            levels.put(column, frequent);
        }
        return new ProspectScoring(numeric, true, levels, training, 1.0);
    }

    /** The plain baseline: logistic regression on the raw numeric columns only (blank as 0). */
    public static ProspectScoring baseline(List<Lead> training, List<String> numeric) {
        return new ProspectScoring(numeric, false, Map.of(), training, 1e-6);
    }

    private static String level(Lead lead, String column) {
        String value = lead.get(column);
        return value == null ? "(not answered)" : value;
    }

    private double[] raw(Lead lead) {
        List<Double> x = new ArrayList<>();
        for (String column : numeric) {
            Double value = number(lead.get(column));
            if (logs) {
                x.add(value == null ? 0 : Math.log1p(Math.max(0, value)));
                x.add(value == null ? 1.0 : 0.0);
            } else {
                x.add(value == null ? 0 : value);
            }
        }
        for (Map.Entry<String, List<String>> column : new java.util.TreeMap<>(levels).entrySet()) {
            String value = level(lead, column.getKey());
            for (String known : column.getValue()) x.add(known.equals(value) ? 1.0 : 0.0);
        }
        return x.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Double number(String text) {
        if (text == null) return null;
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The lead's chance to convert. */
    public double score(Lead lead) {
        double[] x = raw(lead);
        for (int j = 0; j < x.length; j++) x[j] = (x[j] - mean[j]) / scale[j];
        double[] posterior = new double[2];
        model.predict(x, posterior);
        return posterior[1];
    }

    /** Needle's scorer against the plain baseline on a seeded held-out share of the leads. */
    public static Comparison compare(List<Lead> leads, double testShare, long seed) {
        List<Lead> shuffled = new ArrayList<>(leads);
        Collections.shuffle(shuffled, new Random(seed));
        int testSize = (int) Math.round(testShare * shuffled.size());
        List<Lead> test = shuffled.subList(0, testSize);
        List<Lead> training = shuffled.subList(testSize, shuffled.size());
        ProspectScoring needle = train(training, NUMERIC, CATEGORICAL);
        ProspectScoring plain = baseline(training, NUMERIC);
        int[] outcome = test.stream().mapToInt(lead -> lead.converted() ? 1 : 0).toArray();
        return new Comparison(training.size(), test.size(),
                Scores.of(test.stream().mapToDouble(needle::score).toArray(), outcome),
                Scores.of(test.stream().mapToDouble(plain::score).toArray(), outcome));
    }

    public record Comparison(int trainingLeads, int testLeads, Scores needle, Scores baseline) {
    }
}
