package dev.needle.predict;

import dev.needle.domain.Dataset;
import dev.needle.domain.Days;
import dev.needle.domain.Deal;
import dev.needle.domain.Outcome;
import dev.needle.measure.DealAsOf;
import dev.needle.measure.PipelineAsOf;
import dev.needle.measure.Quantiles;
import dev.needle.random.Draws;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Revenue a team will have won by the end of a period, as of a moment (docs/models.md, "Forecast"):
 * what is already won, plus each open deal won within the period (its win probability times the
 * chance it closes in the time left, from the team's own cycle times), plus deals not yet created
 * (the team's recent creation rate, win rate and cycle times), simulated into P10/P50/P90. Beside
 * it, the stage-weighted figure every CRM shows.
 */
public final class Forecast {
    public static final int SIMULATIONS = 10_000;
    /** The seed of every forecast Needle shows, so the CLI, the API and the weekly report give the same figures. */
    public static final long SEED = 7;
    /** Days of history the creation rate of new deals is measured over. */
    static final int CREATION_RATE_DAYS = 90;

    private Forecast() {
    }

    /**
     * One open deal's part in the forecast. {@code wonInPeriod}: the chance the deal is won before the
     * period ends; {@code survivalWonInPeriod}: the same from its age alone, the figure without a model.
     */
    public record DealForecast(Deal deal, double winProbability, double closesInPeriod, double wonInPeriod,
                               double survivalWonInPeriod, LocalDate expectedCloseDate) {
        DealForecast withWinProbability(double probability) {
            return new DealForecast(deal, probability, closesInPeriod, probability * closesInPeriod, survivalWonInPeriod,
                    expectedCloseDate);
        }
    }

    /** {@code undatedOpenDeals}: open deals with no creation date, which cannot be aged and are left out. */
    public record Result(Instant asOf, ForecastPeriod period, double wonSoFar, double stageWeighted, double p10,
                         double p50, double p90, double expectedNewDeals, List<DealForecast> deals, int undatedOpenDeals) {
    }

    /** The forecast as {@code needle forecast} and the API show it: with the win model learned as of then. */
    public static Result learned(Dataset data, Instant asOf, ForecastPeriod period) {
        return of(data, asOf, period, WinModel.winProbabilityById(data, asOf), SEED);
    }

    /**
     * @param winProbability a deal's chance to be won, by Needle's id; deals missing from it get the
     *                       win rate of closed deals that had lasted as long (see {@link CycleTimes})
     */
    public static Result of(Dataset data, Instant asOf, ForecastPeriod period, Map<Long, Double> winProbability, long seed) {
        PipelineAsOf pipeline = PipelineAsOf.of(data, asOf);
        StageWinRates stageRates = StageWinRates.of(pipeline);
        CycleTimes cycles = CycleTimes.of(pipeline, recordsStart(data));
        LocalDate today = asOf.atOffset(ZoneOffset.UTC).toLocalDate();
        double daysLeft = Days.elapsed(asOf, period.endExclusive().atStartOfDay(ZoneOffset.UTC).toInstant());

        double wonSoFar = 0;
        double stageWeighted = 0;
        List<DealForecast> open = new ArrayList<>();
        int undated = 0;
        for (DealAsOf deal : pipeline.deals()) {
            Deal d = deal.deal();
            if (!deal.isOpen()) {
                if (d.outcome() == Outcome.WON && deal.closedAt() != null
                        && period.contains(deal.closedAt().atOffset(ZoneOffset.UTC).toLocalDate()) && deal.closedAt().isBefore(asOf)) {
                    wonSoFar += amount(d, cycles);
                }
                continue;
            }
            // a deal with no creation date (the Maven set's prospects) cannot be placed in time
            if (d.createdAt() == null) {
                undated++;
                continue;
            }
            double age = Days.elapsed(d.createdAt(), asOf);
            double closes = cycles.closesWithin(age, daysLeft);
            // how often deals open this long were won in the time left
            double wonInTime = cycles.wonWithin(age, daysLeft, stageRates.of(d.stage()) * closes);
            double win = closes > 0 ? Math.min(1, wonInTime / closes) : stageRates.of(d.stage());
            open.add(new DealForecast(d, win, closes, wonInTime, wonInTime, today.plusDays(Math.round(cycles.medianRemaining(age)))));
            // the CRM convention: deals expected to close in the period, at their stage's probability
            if (d.expectedClose() == null || period.contains(d.expectedClose())) {
                stageWeighted += amount(d, cycles) * stageRates.of(d.stage());
            }
        }
        open = LevelledWinProbabilities.apply(open, winProbability);
        double creationRate = creationRate(pipeline, asOf);
        double[] totals = simulate(open, cycles, wonSoFar, creationRate * daysLeft, stageRates.overall(), daysLeft,
                PeriodSwings.of(pipeline, period), seed);
        return new Result(asOf, period, wonSoFar, wonSoFar + stageWeighted, Quantiles.ofSorted(totals, 0.1), Quantiles.ofSorted(totals, 0.5),
                Quantiles.ofSorted(totals, 0.9), creationRate * daysLeft, open, undated);
    }

    private static double[] simulate(List<DealForecast> open, CycleTimes cycles, double wonSoFar, double expectedNew,
                                     double winRate, double daysLeft, PeriodSwings swings, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] totals = new double[SIMULATIONS];
        for (int run = 0; run < SIMULATIONS; run++) {
            double total = 0;
            for (DealForecast deal : open) {
                if (random.nextDouble() < deal.wonInPeriod()) total += amount(deal.deal(), cycles);
            }
            int created = Draws.poisson(random, expectedNew);
            for (int i = 0; i < created; i++) {
                double createdAfter = random.nextDouble() * daysLeft;
                if (random.nextDouble() < winRate && createdAfter + cycles.sample(random) <= daysLeft) {
                    total += cycles.sampleAmount(random);
                }
            }
            totals[run] = total;
        }
        swings.widen(totals, random);
        for (int run = 0; run < SIMULATIONS; run++) totals[run] += wonSoFar;
        Arrays.sort(totals);
        return totals;
    }

    /** When the records begin: the first activity, or without activities the first deal. */
    static Instant recordsStart(Dataset data) {
        return data.activities().stream().map(dev.needle.domain.Activity::start).min(Instant::compareTo)
                .or(() -> data.deals().stream().map(Deal::createdAt).filter(java.util.Objects::nonNull).min(Instant::compareTo))
                .orElse(Instant.EPOCH);
    }

    /** Deals created per day over the last {@value #CREATION_RATE_DAYS} days before as-of. */
    private static double creationRate(PipelineAsOf pipeline, Instant asOf) {
        Instant since = asOf.minus(Duration.ofDays(CREATION_RATE_DAYS));
        long created = pipeline.deals().stream().map(DealAsOf::deal)
                .filter(d -> d.createdAt() != null && !d.createdAt().isBefore(since) && d.createdAt().isBefore(asOf)).count();
        return created / (double) CREATION_RATE_DAYS;
    }

    private static double amount(Deal deal, CycleTimes cycles) {
        return deal.amount() != null ? deal.amount().doubleValue() : cycles.medianAmount();
    }

}
