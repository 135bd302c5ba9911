package dev.needle.coach;

import dev.needle.measure.DealHealth;
import dev.needle.measure.Funnel;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.Period;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.ValueReport;
import dev.needle.predict.Forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.needle.coach.CoachingDocument.number;

/**
 * The weekly report's content as one JSON-ready document (the figures behind every chart and table of the
 * HTML page): for {@code needle report --weekly --json} and the dashboard's Coaching view.
 */
public final class WeeklyReportDocument {
    private WeeklyReportDocument() {
    }

    public static Map<String, Object> of(WeeklyReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("team", report.team());
        document.put("asOf", report.asOf().toString());
        document.put("week", PeriodSpec.weekLabel(report.week()));
        document.put("weekPeriod", span(report.week()));
        document.put("window", span(report.window()));
        document.put("reps", report.weekReps().stream().map(rep -> week(rep, report.value())).toList());
        document.put("busyVsProductive", report.windowReps().stream().map(WeeklyReportDocument::quadrant).toList());
        document.put("valuePerHour", report.value().types().stream().map(WeeklyReportDocument::value).toList());
        document.put("funnel", funnel(report.funnel().overall()));
        document.put("forecast", List.of(forecast("month", report.month()), forecast("quarter", report.quarter())));
        document.put("hygiene", hygiene(report));
        document.put("coaching", report.coaching().stream().map(CoachingDocument::rep).toList());
        return document;
    }

    private static Map<String, Object> span(Period period) {
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("from", period.from().toString());
        span.put("to", period.to().toString());
        return span;
    }

    private static Map<String, Object> rep(RepPerformance rep) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", rep.rep().id());
        line.put("externalId", rep.rep().externalId());
        line.put("name", rep.rep().name());
        return line;
    }

    private static Map<String, Object> week(RepPerformance rep, ValueReport value) {
        Map<String, Object> line = rep(rep);
        line.put("hours", number(rep.time().hours()));
        Map<String, Object> byClass = new LinkedHashMap<>();
        rep.time().hoursByValueClass().forEach((valueClass, hours) -> byClass.put(valueClass.name(), number(hours)));
        line.put("hoursByValueClass", byClass);
        line.put("highValueShare", number(rep.time().highValueShare()));
        line.put("highValueShareLearned", number(value.highValueShareLearned(rep.time())));
        line.put("activitiesPerWorkingDay", number(rep.time().activitiesPerWorkingDay()));
        line.put("opportunitiesCreated", rep.results().opportunitiesCreated());
        line.put("stageAdvances", rep.results().stageAdvances());
        line.put("wins", rep.results().wins());
        line.put("wonRevenue", rep.results().wonRevenue());
        line.put("resultsPerHour", number(rep.resultsPerHour()));
        line.put("emptyTouchShare", number(rep.time().emptyTouchShare()));
        return line;
    }

    private static Map<String, Object> quadrant(RepPerformance rep) {
        Map<String, Object> line = rep(rep);
        line.put("quadrant", rep.quadrant().name());
        line.put("activitiesPerDayVsMedian", number(rep.classification().volumeVsPeers()));
        line.put("resultsPerHourVsMedian", number(rep.classification().productivityVsPeers()));
        return line;
    }

    private static Map<String, Object> value(ValueReport.TypeValue type) {
        HourlyRate rate = HourlyRate.of(type);
        boolean measurable = type.learnedClass() != ValueReport.LearnedClass.NOT_MEASURABLE;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", type.type());
        line.put("valueClass", type.valueClass().name());
        line.put("learnedClass", type.learnedClass().name());
        line.put("hours", type.hours());
        line.put("resultsPerHour", measurable ? number(rate.value()) : null);
        line.put("ci95", measurable ? java.util.Arrays.asList(number(rate.low()), number(rate.high())) : null);
        line.put("verdict", type.verdict().name());
        line.put("note", type.note());
        return line;
    }

    private static Map<String, Object> funnel(Funnel.Segment segment) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("deals", segment.deals());
        line.put("open", segment.open());
        line.put("winRate", number(segment.winRate()));
        List<Object> steps = new ArrayList<>();
        for (Funnel.Step step : segment.steps()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("stage", step.stage());
            entry.put("entered", step.entered());
            entry.put("conversion", number(step.conversion()));
            entry.put("winRate", number(step.winRate()));
            entry.put("medianDays", number(step.medianDays()));
            entry.put("p75Days", number(step.p75Days()));
            steps.add(entry);
        }
        line.put("steps", steps);
        return line;
    }

    private static Map<String, Object> forecast(String kind, Forecast.Result result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("period", kind);
        line.put("start", result.period().start().toString());
        line.put("end", result.period().endExclusive().minusDays(1).toString());
        line.put("wonSoFar", number(result.wonSoFar()));
        line.put("p10", number(result.p10()));
        line.put("p50", number(result.p50()));
        line.put("p90", number(result.p90()));
        line.put("stageWeighted", number(result.stageWeighted()));
        return line;
    }

    private static Map<String, Object> hygiene(WeeklyReport report) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("openDeals", report.hygiene().deals().size());
        line.put("openPipeline", report.hygiene().openPipeline());
        Map<String, Object> flags = new LinkedHashMap<>();
        for (HygieneFlag flag : HygieneFlag.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("deals", report.hygiene().dealsFlagged().get(flag));
            entry.put("pipelineAffected", report.hygiene().pipelineAffected().get(flag));
            flags.put(flag.name(), entry);
        }
        line.put("flags", flags);
        List<Object> deals = new ArrayList<>();
        for (DealHealth deal : report.hygiene().deals()) {
            if (deal.flags().isEmpty()) continue;
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", deal.deal().id());
            entry.put("externalId", deal.deal().externalId());
            entry.put("name", deal.deal().name());
            entry.put("ownerId", deal.deal().ownerId());
            entry.put("stage", deal.stage());
            entry.put("amount", deal.deal().amount());
            entry.put("flags", deal.flags().keySet().stream().map(Enum::name).toList());
            deals.add(entry);
        }
        line.put("flaggedDeals", deals);
        return line;
    }
}
