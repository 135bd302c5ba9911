package dev.needle.coach;

import dev.needle.measure.Period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coaching as one JSON-ready document (maps, lists, strings and numbers): the same document for
 * {@code needle coach --json} and the API. Numbers are rounded to four decimals; an undefined one is null.
 */
public final class CoachingDocument {
    private CoachingDocument() {
    }

    public static Map<String, Object> of(List<RepCoaching> reps, Period period, Instant asOf) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("asOf", asOf.toString());
        Map<String, Object> span = new LinkedHashMap<>();
        span.put("from", period.from().toString());
        span.put("to", period.to().toString());
        document.put("period", span);
        document.put("pointsPerRep", RepCoaching.TOP);
        List<Object> lines = new ArrayList<>();
        for (RepCoaching rep : reps) lines.add(rep(rep));
        document.put("reps", lines);
        return document;
    }

    static Map<String, Object> rep(RepCoaching coaching) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", coaching.rep().id());
        line.put("externalId", coaching.rep().externalId());
        line.put("name", coaching.rep().name());
        line.put("email", coaching.rep().email());
        line.put("team", coaching.team());
        line.put("quadrant", coaching.quadrant().name());
        line.put("comparedWith", benchmark(coaching.benchmark()));
        line.put("highValueShare", number(coaching.highValue().byCatalogue()));
        line.put("highValueShareLearned", number(coaching.highValue().byData()));
        line.put("valueClassDisagreements", coaching.highValue().disagreements().stream().map(disagreement -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", disagreement.type());
            entry.put("valueClass", disagreement.valueClass().name());
            entry.put("learnedClass", disagreement.learnedClass().name());
            entry.put("hours", number(disagreement.hours()));
            return entry;
        }).toList());
        line.put("points", coaching.top().stream().map(CoachingDocument::point).toList());
        line.put("morePoints", coaching.ranked().size() - coaching.top().size());
        line.put("note", coaching.note());
        return line;
    }

    private static Map<String, Object> benchmark(Benchmark benchmark) {
        if (benchmark == null) return null;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("peers", benchmark.peerGroup());
        line.put("peerCount", benchmark.peers());
        line.put("topPerformers", benchmark.topPerformers());
        line.put("resultsPerHourCutoff", number(benchmark.resultsPerHourCutoff()));
        line.put("noResultHoursPerWeek", number(benchmark.noResultHoursPerWeek()));
        line.put("startedWithOpportunityCreationShare", number(benchmark.startedWithOpportunityCreationShare()));
        line.put("emptyTouchShare", number(benchmark.emptyTouchShare()));
        line.put("adminHoursBeforeNoonPerWeek", number(benchmark.adminHoursBeforeNoonPerWeek()));
        return line;
    }

    static Map<String, Object> point(CoachingPoint point) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("kind", point.kind().name());
        line.put("sentence", point.sentence());
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Figure figure : point.figures()) figures.put(figure.name(), number(figure.value()));
        line.put("figures", figures);
        Map<String, Object> units = new LinkedHashMap<>();
        for (Figure figure : point.figures()) units.put(figure.name(), figure.unit());
        line.put("units", units);
        if (point.effect() == null) {
            line.put("effect", null);
        } else {
            Map<String, Object> effect = new LinkedHashMap<>();
            effect.put("measure", point.effect().measure());
            effect.put("value", number(point.effect().value()));
            effect.put("ci95", java.util.Arrays.asList(number(point.effect().low()), number(point.effect().high())));
            line.put("effect", effect);
        }
        line.put("tooThin", point.tooThin());
        line.put("impact", number(point.impact()));
        return line;
    }

    static Double number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return null;
        return Math.round(value * 10_000) / 10_000.0;
    }
}
