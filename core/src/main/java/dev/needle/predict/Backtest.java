package dev.needle.predict;

import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every past period forecast as of its first day, using only what was recorded by then, against what
 * was actually won in it: how often the actual fell within ±15% of P50 and inside P10–P90, for
 * Needle and for the stage-weighted figure.
 */
public final class Backtest {
    /** Periods start only once this many days of won deals lie behind them: a forecast needs a history. */
    static final int WARM_UP_DAYS = 90;

    private Backtest() {
    }

    public record PeriodResult(ForecastPeriod period, double actual, double p10, double p50, double p90,
                               double stageWeighted) {
        boolean withinFifteenPercentOfP50() {
            return within(actual, p50);
        }

        boolean insideP10P90() {
            return actual >= p10 && actual <= p90;
        }

        boolean stageWeightedWithinFifteenPercent() {
            return within(actual, stageWeighted);
        }

        private static boolean within(double actual, double forecast) {
            return Math.abs(actual - forecast) <= 0.15 * Math.abs(forecast);
        }
    }

    /**
     * {@code dealBrier}: the mean squared error of each open deal's chance to be won in the period,
     * over every period's open deals; {@code survivalDealBrier}: the same from deal age alone.
     */
    public record Result(List<PeriodResult> periods, double withinFifteenPercentOfP50, double insideP10P90,
                         double stageWeightedWithinFifteenPercent, int dealsScored, double dealBrier,
                         double survivalDealBrier) {
    }

    /**
     * @param winProbabilitiesAsOf the win probability of each deal open at a moment, from what was known
     *                             then; an empty map means the stage baseline
     */
    public static Result run(Dataset data, ForecastPeriod.Kind kind, Function<Instant, Map<Long, Double>> winProbabilitiesAsOf,
                             long seed) {
        LocalDate first = data.deals().stream().filter(d -> d.outcome() == Outcome.WON).map(Deal::closedAt)
                .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        LocalDate last = data.deals().stream().map(Deal::closedAt).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        List<PeriodResult> results = new ArrayList<>();
        if (first == null || last == null) return new Result(results, 0, 0, 0, 0, Double.NaN, Double.NaN);
        int scored = 0;
        double squaredError = 0;
        double survivalSquaredError = 0;
        ForecastPeriod period = ForecastPeriod.containing(first.plusDays(WARM_UP_DAYS), kind).next();
        for (; !period.endExclusive().isAfter(last.plusDays(1)); period = period.next()) {
            Instant asOf = period.start().atStartOfDay(ZoneOffset.UTC).toInstant();
            Forecast.Result forecast = Forecast.of(data, asOf, period, winProbabilitiesAsOf.apply(asOf), seed);
            results.add(new PeriodResult(period, actualWon(data, period), forecast.p10(), forecast.p50(), forecast.p90(),
                    forecast.stageWeighted()));
            for (Forecast.DealForecast deal : forecast.deals()) {
                double won = wonIn(deal.deal(), period) ? 1 : 0;
                squaredError += Math.pow(deal.wonInPeriod() - won, 2);
                survivalSquaredError += Math.pow(deal.survivalWonInPeriod() - won, 2);
                scored++;
            }
        }
        return new Result(results, share(results, PeriodResult::withinFifteenPercentOfP50),
                share(results, PeriodResult::insideP10P90), share(results, PeriodResult::stageWeightedWithinFifteenPercent),
                scored, scored == 0 ? Double.NaN : squaredError / scored, scored == 0 ? Double.NaN : survivalSquaredError / scored);
    }

    private static boolean wonIn(Deal deal, ForecastPeriod period) {
        return deal.outcome() == Outcome.WON && deal.closedAt() != null && period.contains(deal.closedAt());
    }

    private static double actualWon(Dataset data, ForecastPeriod period) {
        return data.deals().stream().filter(d -> wonIn(d, period))
                .mapToDouble(d -> d.amount() == null ? 0 : d.amount().doubleValue()).sum();
    }

    private static double share(List<PeriodResult> results, java.util.function.Predicate<PeriodResult> test) {
        return results.isEmpty() ? 0 : results.stream().filter(test).count() / (double) results.size();
    }
}
