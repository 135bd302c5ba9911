package dev.needle.predict;

import java.util.List;
import java.util.Map;

/**
 * The learned model's win probabilities, shifted by one constant on the log-odds scale so that the
 * open deals are expected to win, in the period, exactly as many as the survival estimate says.
 *
 * <p>Why: the model learns from closed deals only and is calibrated on deals that closed soon after
 * its inner cut, so it cannot see the deals that stay open for a long time; its level is biased (on
 * generated data it read half the wins that came). The survival estimate counts those deals but
 * knows only a deal's age. Together: the survival estimate says how many, the model says which.
 * The model's ranking (AUC) is unchanged by a constant shift. See docs/models.md, "Forecast".
 */
final class LevelledWinProbabilities {
    private static final int BISECTIONS = 60;
    private static final double EDGE = 1e-6;

    private LevelledWinProbabilities() {
    }

    /** Deals the model scored get their levelled probability; the others keep the survival figure. */
    static List<Forecast.DealForecast> apply(List<Forecast.DealForecast> open, Map<Long, Double> modelled) {
        double target = 0;
        for (Forecast.DealForecast deal : open) {
            if (modelled.containsKey(deal.deal().id())) target += deal.survivalWonInPeriod();
        }
        double shift = shiftMatching(open, modelled, target);
        return open.stream().map(deal -> {
            Double p = modelled.get(deal.deal().id());
            return p == null ? deal : deal.withWinProbability(shifted(p, shift));
        }).toList();
    }

    /** The log-odds shift c with Σ σ(logit p_i + c) · closes_i = target; the sum rises with c, so bisect. */
    private static double shiftMatching(List<Forecast.DealForecast> open, Map<Long, Double> modelled, double target) {
        double low = -20;
        double high = 20;
        for (int i = 0; i < BISECTIONS; i++) {
            double middle = (low + high) / 2;
            if (expectedWins(open, modelled, middle) < target) low = middle;
            else high = middle;
        }
        return (low + high) / 2;
    }

    private static double expectedWins(List<Forecast.DealForecast> open, Map<Long, Double> modelled, double shift) {
        double sum = 0;
        for (Forecast.DealForecast deal : open) {
            Double p = modelled.get(deal.deal().id());
            if (p != null) sum += shifted(p, shift) * deal.closesInPeriod();
        }
        return sum;
    }

    static double shifted(double probability, double shift) {
        double p = Math.min(1 - EDGE, Math.max(EDGE, probability));
        return 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + shift)));
    }
}
