package dev.needle.coach;

import dev.needle.domain.WorkCategory;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.LearnedClass;
import dev.needle.measure.ValueReport.TypeValue;
import dev.needle.measure.ValueReport.Verdict;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the learned activity values say for coaching: each type's results per hour, which types show no
 * measurable effect on results, and the opportunity-creation type worth moving hours to.
 */
final class LearnedRates {
    private final ValueReport report;
    private final Map<String, HourlyRate> rates = new LinkedHashMap<>();
    private final Map<String, TypeValue> types = new LinkedHashMap<>();

    LearnedRates(ValueReport report) {
        this.report = report;
        for (TypeValue type : report.types()) {
            types.put(type.type(), type);
            rates.put(type.type(), HourlyRate.of(type));
        }
    }

    /**
     * A type whose hours produce nothing this data can measure: never on an account or deal, or every
     * per-touch interval includes zero (with enough touches to tell). Types too thin to tell are not
     * counted: nothing is known about them either way.
     */
    boolean showsNoEffect(String type) {
        TypeValue value = types.get(type);
        if (value == null) return false;
        return value.verdict() == Verdict.NOT_MEASURABLE || value.learnedClass() == LearnedClass.NO_MEASURED_EFFECT;
    }

    HourlyRate rateOf(String type) {
        return rates.getOrDefault(type, HourlyRate.NONE);
    }

    /**
     * Where hours are best moved (seed 001: opportunity creation first): the opportunity-creation type with
     * the most results per hour whose interval lies above zero, from at least {@value ActivityValue#MIN_TOUCHES}
     * touches. Empty when no such type is measured: then the data is too thin to recommend a move.
     */
    Optional<HourlyRate> bestOpportunityCreation() {
        return types.values().stream()
                .filter(type -> type.category() == WorkCategory.OPPORTUNITY_CREATION)
                .filter(type -> type.accountTouches() + type.dealTouches() >= ActivityValue.MIN_TOUCHES)
                .filter(type -> type.verdict() != Verdict.TOO_THIN_TO_TELL)
                .map(type -> rates.get(type.type()))
                .filter(HourlyRate::positive)
                .max(Comparator.comparingDouble(HourlyRate::value).thenComparing(HourlyRate::type));
    }

    ValueReport.TouchQuality touchQuality() {
        return report.valuableVsEmpty();
    }
}
