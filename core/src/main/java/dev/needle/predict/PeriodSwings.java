package dev.needle.predict;

import dev.needle.domain.Outcome;
import dev.needle.measure.DealAsOf;
import dev.needle.measure.PipelineAsOf;
import dev.needle.random.Draws;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How much more the team's won revenue swung from one past period to the next than deal-by-deal
 * chance explains. The simulation draws each deal on its own, so its spread is only that chance;
 * real periods also move together (a good month for the whole team, a slow quarter, a trend). The
 * extra spread is measured on the last {@value #PERIODS} whole periods before the one forecast and
 * laid over the simulated totals as one shared factor per run (docs/models.md, "Forecast").
 */
record PeriodSwings(double coefficientOfVariation) {
    static final int PERIODS = 6;
    static final int MIN_PERIODS = 3;
    private static final PeriodSwings NONE = new PeriodSwings(0);

    /** The won totals of the whole periods before {@code period}, as recorded by the pipeline's as-of. */
    static PeriodSwings of(PipelineAsOf pipeline, ForecastPeriod period) {
        java.time.LocalDate firstWin = pipeline.deals().stream().filter(PeriodSwings::won)
                .map(deal -> deal.closedAt().atOffset(ZoneOffset.UTC).toLocalDate()).min(java.time.LocalDate::compareTo).orElse(null);
        if (firstWin == null) return NONE;
        List<Double> totals = new ArrayList<>();
        for (ForecastPeriod past = period.previous(); totals.size() < PERIODS && !past.start().isBefore(firstWin);
             past = past.previous()) {
            ForecastPeriod counted = past;
            totals.add(pipeline.deals().stream().filter(PeriodSwings::won)
                    .filter(deal -> counted.contains(deal.closedAt().atOffset(ZoneOffset.UTC).toLocalDate()))
                    .mapToDouble(deal -> deal.deal().amount() == null ? 0 : deal.deal().amount().doubleValue()).sum());
        }
        if (totals.size() < MIN_PERIODS) return NONE;
        return new PeriodSwings(coefficientOfVariation(totals.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private static boolean won(DealAsOf deal) {
        return !deal.isOpen() && deal.deal().outcome() == Outcome.WON && deal.closedAt() != null;
    }

    /**
     * Multiplies each simulated total by a mean-one log-normal factor whose variance is what the past
     * periods' swings had beyond the simulation's own: {@code σ² = ln(1 + max(0, cv_past² − cv_sim²))}.
     */
    void widen(double[] totals, SplittableRandom random) {
        double extra = coefficientOfVariation * coefficientOfVariation - Math.pow(coefficientOfVariation(totals), 2);
        if (extra <= 0) return;
        double sigma = Math.sqrt(Math.log(1 + extra));
        for (int run = 0; run < totals.length; run++) {
            totals[run] *= Math.exp(sigma * Draws.gaussian(random) - sigma * sigma / 2);
        }
    }

    static double coefficientOfVariation(double[] values) {
        if (values.length < 2) return 0;
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        if (mean <= 0) return 0;
        double squares = 0;
        for (double value : values) squares += (value - mean) * (value - mean);
        return Math.sqrt(squares / (values.length - 1)) / mean;
    }
}
