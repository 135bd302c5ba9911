package dev.needle.view;

import dev.needle.predict.Forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code needle forecast --json} and {@code GET /api/forecast}: P10/P50/P90 beside the stage-weighted figure. */
public final class ForecastDocument {
    private ForecastDocument() {
    }

    public static Map<String, Object> of(Forecast.Result result) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asOf", result.asOf());
        document.put("periodStart", result.period().start());
        document.put("periodEnd", result.period().endExclusive().minusDays(1));
        document.put("wonSoFar", result.wonSoFar());
        document.put("stageWeighted", result.stageWeighted());
        document.put("p10", result.p10());
        document.put("p50", result.p50());
        document.put("p90", result.p90());
        document.put("expectedNewDeals", result.expectedNewDeals());
        List<Map<String, Object>> deals = new ArrayList<>();
        for (Forecast.DealForecast deal : result.deals()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", deal.deal().id());
            line.put("externalId", deal.deal().externalId());
            line.put("name", deal.deal().name());
            line.put("stage", deal.deal().stage());
            line.put("amount", deal.deal().amount());
            line.put("winProbability", Numbers.of(deal.winProbability()));
            line.put("closesInPeriod", Numbers.of(deal.closesInPeriod()));
            line.put("wonInPeriod", Numbers.of(deal.wonInPeriod()));
            line.put("expectedCloseDate", deal.expectedCloseDate());
            deals.add(line);
        }
        document.put("deals", deals);
        return document;
    }
}
