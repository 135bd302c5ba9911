package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.domain.Dataset;
import dev.needle.predict.Backtest;
import dev.needle.predict.Forecast;
import dev.needle.predict.ForecastPeriod;
import dev.needle.predict.WinModel;
import dev.needle.view.ForecastDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = {"Revenue won by the end of the month or quarter: already won + open deals + deals not yet created,",
                "simulated into P10/P50/P90, beside the stage-weighted figure. --backtest replays every past period.",
                "Default period: the month --as-of (default: now) falls in; --period takes a month or a quarter, and",
                "a named one (2026-05, 2026-Q2) must contain --as-of: a forecast is made from within its period."})
final class ForecastCommand implements Callable<Integer> {
    private static final int DEALS_SHOWN = 15;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    PeriodOption period;

    @Mixin
    AsOfOption moment;

    @Option(names = "--backtest", description = "Replay every past period as of its start and score the forecasts.")
    boolean backtest;

    @Mixin
    JsonOption output;

    @Override
    public Integer call() {
        Instant when = moment.orElse(main.clock().instant());
        // a backtest replays every past period of the kind named, so its period need not hold --as-of
        ForecastPeriod current = backtest ? period.calendarOrElse("month", when) : period.forecastOrElse("month", when);
        Dataset data;
        try (Needle needle = Needle.open(main.settings())) {
            data = needle.store().dataset();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (backtest) {
            Backtest.Result result = Backtest.run(data, current.kind(), WinModel.asOf(data), Forecast.SEED);
            if (output.json) Json.print(out, result);
            else printBacktest(out, result);
            return 0;
        }
        Forecast.Result result = Forecast.learned(data, when, current);
        if (output.json) Json.print(out, ForecastDocument.of(result));
        else print(out, result);
        return 0;
    }


    private static void print(PrintWriter out, Forecast.Result result) {
        out.printf("Forecast for %s to %s, as of %s (%,d open deals)%n", result.period().start(),
                result.period().endExclusive().minusDays(1), Text.when(result.asOf(), ZoneOffset.UTC), result.deals().size());
        out.printf("  won so far      %,14.0f%n", result.wonSoFar());
        out.printf("  P10 / P50 / P90 %,14.0f %,14.0f %,14.0f%n", result.p10(), result.p50(), result.p90());
        out.printf("  stage-weighted  %,14.0f   (the CRM figure: amount x stage win rate)%n", result.stageWeighted());
        out.printf("  new deals expected before the period ends: %.1f%n", result.expectedNewDeals());
        List<Forecast.DealForecast> biggest = result.deals().stream()
                .sorted(java.util.Comparator.comparingDouble((Forecast.DealForecast deal) -> -deal.wonInPeriod() * amount(deal))
                        .thenComparing(deal -> deal.deal().id()))
                .limit(DEALS_SHOWN).toList();
        if (!biggest.isEmpty()) {
            out.printf("%nOpen deals that weigh most in the forecast (all %,d with --json):%n", result.deals().size());
            out.printf("  %-20s %-32s %-18s %12s %6s %9s %12s%n", "id", "deal", "stage", "amount", "win", "in period", "close by");
            for (Forecast.DealForecast deal : biggest) {
                out.printf("  %-20s %-32s %-18s %,12.0f %5.0f%% %8.0f%% %12s%n", Text.cut(deal.deal().externalId(), 20),
                        Text.cut(deal.deal().name(), 32), Text.cut(deal.deal().stage(), 18), amount(deal),
                        100 * deal.winProbability(), 100 * deal.wonInPeriod(), deal.expectedCloseDate());
            }
        }
        out.flush();
    }

    private static void printBacktest(PrintWriter out, Backtest.Result result) {
        out.printf("%-12s %14s %14s %14s %14s %14s%n", "period", "actual", "P10", "P50", "P90", "stage-weighted");
        for (Backtest.PeriodResult period : result.periods()) {
            out.printf("%-12s %,14.0f %,14.0f %,14.0f %,14.0f %,14.0f%n", period.period().start(), period.actual(),
                    period.p10(), period.p50(), period.p90(), period.stageWeighted());
        }
        out.printf("%nNeedle: actual within ±15%% of P50 in %s of %d periods, inside P10-P90 in %s.%n",
                Text.percent(result.withinFifteenPercentOfP50()), result.periods().size(), Text.percent(result.insideP10P90()));
        out.printf("Stage-weighted: actual within ±15%% in %s.%n", Text.percent(result.stageWeightedWithinFifteenPercent()));
        out.printf("Per deal, chance to be won in the period against what happened, over %,d open deals: Brier %.4f;%n"
                        + "from deal age alone (no model) %.4f. Lower is better.%n",
                result.dealsScored(), result.dealBrier(), result.survivalDealBrier());
        out.flush();
    }

    private static double amount(Forecast.DealForecast deal) {
        return deal.deal().amount() == null ? 0 : deal.deal().amount().doubleValue();
    }
}
