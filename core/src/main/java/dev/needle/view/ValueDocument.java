package dev.needle.view;

import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.Estimate;
import dev.needle.measure.ValueReport.TypeValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code needle value --json} and {@code GET /api/value}: what each activity type is worth. */
public final class ValueDocument {
    private ValueDocument() {
    }

    public static Map<String, Object> of(ValueReport report) {
        List<Map<String, Object>> types = new ArrayList<>();
        for (TypeValue type : report.types()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", type.type());
            line.put("valueClass", type.valueClass());
            line.put("learnedClass", type.learnedClass());
            line.put("classesDisagree", type.disagrees());
            line.put("category", type.category());
            line.put("catalogued", type.catalogued());
            line.put("activities", type.activities());
            line.put("hours", type.hours());
            line.put("opportunitiesPerHour", type.opportunitiesPerHour());
            line.put("advancesPerHour", type.advancesPerHour());
            line.put("wonRevenuePerHour", type.wonRevenuePerHour());
            line.put("opportunitiesPerActivity", type.opportunitiesPerActivity());
            line.put("advancesPerActivity", type.advancesPerActivity());
            line.put("wonRevenuePerActivity", type.wonRevenuePerActivity());
            line.put("accountTouches", type.accountTouches());
            line.put("dealTouches", type.dealTouches());
            line.put("emptyTouches", type.emptyTouches());
            line.put("opportunitiesPerTouch", value(type.opportunitiesPerTouch()));
            line.put("advancesPerValuableTouch", value(type.advancesPerValuableTouch()));
            line.put("advancesPerEmptyTouch", value(type.advancesPerEmptyTouch()));
            line.put("wonRevenuePerTouch", value(type.wonRevenuePerTouch()));
            Map<String, Object> ci = new LinkedHashMap<>();
            ci.put("opportunitiesPerTouch", interval(type.opportunitiesPerTouch()));
            ci.put("advancesPerValuableTouch", interval(type.advancesPerValuableTouch()));
            ci.put("advancesPerEmptyTouch", interval(type.advancesPerEmptyTouch()));
            ci.put("wonRevenuePerTouch", interval(type.wonRevenuePerTouch()));
            line.put("ci95", ci);
            if (type.replies() != null) line.put("replies", replies(type.replies()));
            line.put("verdict", type.verdict());
            line.put("note", type.note());
            types.add(line);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("types", types);
        document.put("disagreements", disagreements(report));
        document.put("valuableVsEmpty", report.valuableVsEmpty());
        document.put("method", report.method());
        return document;
    }

    /** The types whose catalogue class and learned class differ, as value and report both list them. */
    static List<Map<String, Object>> disagreements(ValueReport report) {
        return report.disagreements().stream().map(type -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", type.type());
            entry.put("valueClass", type.valueClass());
            entry.put("learnedClass", type.learnedClass());
            return entry;
        }).toList();
    }

    /** Only for types with reply data: a type without it has no "replies" key rather than a 0. */
    private static Map<String, Object> replies(ValueReport.ReplyRate rate) {
        Map<String, Object> replies = new LinkedHashMap<>();
        replies.put("answerableTouches", rate.touches());
        replies.put("replies", rate.replies());
        replies.put("perTouch", rate.perTouch());
        return replies;
    }

    private static Double value(Estimate estimate) {
        return estimate == null ? null : estimate.value();
    }

    private static double[] interval(Estimate estimate) {
        return estimate == null ? null : new double[]{estimate.low(), estimate.high()};
    }
}
