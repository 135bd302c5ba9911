package dev.needle.view;

import dev.needle.predict.Forecast;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code needle forecast --json} and {@code GET /api/forecast}: P10/P50/P90 beside the stage-weighted figure. */
public record ForecastDocument(Instant asOf, LocalDate periodStart, LocalDate periodEnd, double wonSoFar, double stageWeighted,
                               double p10, double p50, double p90, double expectedNewDeals, List<Deal> deals) {

    /** An open deal: its chances to close and to be won in the period, and when it is expected to close. */
    public record Deal(long id, String externalId, @Nullable String name, @Nullable String stage, @Nullable BigDecimal amount,
                       @Nullable Double winProbability, @Nullable Double closesInPeriod, @Nullable Double wonInPeriod,
                       @Nullable LocalDate expectedCloseDate) {
    }

    public static ForecastDocument of(Forecast.Result result) {
        List<Deal> deals = result.deals().stream().map(deal -> new Deal(deal.deal().id(), deal.deal().externalId(),
                deal.deal().name(), deal.deal().stage(), deal.deal().amount(), Numbers.of(deal.winProbability()),
                Numbers.of(deal.closesInPeriod()), Numbers.of(deal.wonInPeriod()), deal.expectedCloseDate())).toList();
        return new ForecastDocument(result.asOf(), result.period().start(), result.period().endExclusive().minusDays(1),
                result.wonSoFar(), result.stageWeighted(), result.p10(), result.p50(), result.p90(), result.expectedNewDeals(), deals);
    }
}
