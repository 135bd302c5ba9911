package dev.needle.predict;

import dev.needle.app.Needle;
import dev.needle.domain.Dataset;
import dev.needle.testing.Backend;
import dev.needle.testing.GeneratedOrg;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.needle.testing.SharedData.path;
import static org.assertj.core.api.Assertions.assertThat;

/** The forecast, replayed over past months as of their first day, against what was actually won. */
class ForecastTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3, 17})
    void onGeneratedDataP10ToP90CoversMostMonthsAndP50BeatsTheStageWeightedFigure(long seed) {
        Dataset data = GeneratedOrg.of(40, 250, seed).dataset();

        Backtest.Result backtest = Backtest.run(data, ForecastPeriod.Kind.MONTH, WinModel.asOf(data), 1);

        assertThat(backtest.periods()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(backtest.insideP10P90()).isGreaterThanOrEqualTo(0.7);
        assertThat(backtest.withinFifteenPercentOfP50()).isGreaterThanOrEqualTo(backtest.stageWeightedWithinFifteenPercent());
    }

    @Test
    void theBacktestRunsOverTheMavenSetsMonthsOf2017() {
        try (Needle needle = Imports.needle(Backend.H2)) {
            Imports.run(needle, Imports.allOrNothing(), path("maven-crm-sales-opportunities", "sales_pipeline.csv"),
                    path("maven-crm-sales-opportunities", "sales_teams.csv"));

            Backtest.Result backtest = Backtest.run(needle.store().dataset(), ForecastPeriod.Kind.MONTH, asOf -> Map.of(), 1);

            assertThat(backtest.periods()).hasSizeGreaterThanOrEqualTo(6)
                    .allSatisfy(period -> assertThat(period.period().start().getYear()).isEqualTo(2017));
            assertThat(backtest.periods()).allSatisfy(period -> {
                assertThat(period.actual()).isPositive();
                assertThat(period.p10()).isLessThanOrEqualTo(period.p50());
                assertThat(period.p50()).isLessThanOrEqualTo(period.p90());
            });
        }
    }

    @Test
    void aForecastAsOfAPastDayUsesOnlyDealsCreatedByThenAndCountsWhatWasAlreadyWon() {
        Dataset data = GeneratedOrg.of(40, 250, 3).dataset();
        Instant asOf = LocalDate.of(2026, 3, 16).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

        Forecast.Result forecast = Forecast.of(data, asOf, ForecastPeriod.containing(LocalDate.of(2026, 3, 16),
                ForecastPeriod.Kind.MONTH), Map.of(), 1);

        assertThat(forecast.deals()).isNotEmpty()
                .allSatisfy(deal -> assertThat(deal.deal().createdAt()).isBefore(asOf));
        double wonBefore = data.deals().stream().filter(d -> d.outcome() == dev.needle.domain.Outcome.WON
                        && d.closedAt() != null && !d.closedAt().isBefore(LocalDate.of(2026, 3, 1))
                        && d.closedAt().isBefore(LocalDate.of(2026, 3, 16)))
                .mapToDouble(d -> d.amount().doubleValue()).sum();
        assertThat(forecast.wonSoFar()).isEqualTo(wonBefore, org.assertj.core.api.Assertions.within(1.0));
        assertThat(forecast.p10()).isGreaterThanOrEqualTo(forecast.wonSoFar());
    }

    @Test
    void theLearnedProbabilitiesAreLevelledToTheSurvivalEstimateWithoutChangingTheirOrder() {
        Dataset data = GeneratedOrg.of(40, 250, 3).dataset();
        Instant asOf = LocalDate.of(2026, 4, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        ForecastPeriod april = ForecastPeriod.containing(LocalDate.of(2026, 4, 1), ForecastPeriod.Kind.MONTH);
        Map<Long, Double> learned = WinModel.winProbabilityById(data, asOf);

        Forecast.Result forecast = Forecast.of(data, asOf, april, learned, 1);

        double expected = forecast.deals().stream().mapToDouble(Forecast.DealForecast::wonInPeriod).sum();
        double survival = forecast.deals().stream().mapToDouble(Forecast.DealForecast::survivalWonInPeriod).sum();
        assertThat(expected).isCloseTo(survival, org.assertj.core.api.Assertions.within(0.01));
        List<Forecast.DealForecast> byLearned = forecast.deals().stream()
                .sorted(java.util.Comparator.comparingDouble(deal -> learned.get(deal.deal().id()))).toList();
        assertThat(byLearned).extracting(Forecast.DealForecast::winProbability).isSorted();
        assertThat(forecast.deals()).extracting(Forecast.DealForecast::winProbability).doesNotHaveDuplicates();
    }

    @Test
    void theSameDataAndSeedGiveTheSameForecast() {
        Dataset data = GeneratedOrg.of(40, 250, 3).dataset();
        Instant asOf = LocalDate.of(2026, 4, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        ForecastPeriod april = ForecastPeriod.containing(LocalDate.of(2026, 4, 1), ForecastPeriod.Kind.MONTH);

        assertThat(Forecast.of(data, asOf, april, Map.of(), 5).p50()).isEqualTo(Forecast.of(data, asOf, april, Map.of(), 5).p50());
    }
}
