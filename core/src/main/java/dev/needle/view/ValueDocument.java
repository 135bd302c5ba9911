package dev.needle.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.needle.domain.ValueClass;
import dev.needle.domain.WorkCategory;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.ValueReport;
import dev.needle.measure.ValueReport.Estimate;
import dev.needle.measure.ValueReport.LearnedClass;
import dev.needle.measure.ValueReport.TypeValue;
import org.jspecify.annotations.Nullable;

import java.util.List;

/** {@code needle value --json} and {@code GET /api/value}: what each activity type is worth. */
public record ValueDocument(List<Type> types, List<Disagreement> disagreements, ValueReport.TouchQuality valuableVsEmpty,
                            String method, @JsonUnwrapped @Nullable PeriodNote periodNote) {

    /**
     * One activity type: its classes, its volume, its rates, and its per-touch effects with their 95% intervals
     * ({@code ci95}, low and high; null when not estimated).
     */
    public record Type(String type, ValueClass valueClass, LearnedClass learnedClass, boolean classesDisagree,
                       WorkCategory category, boolean catalogued, long activities, double hours,
                       @Nullable Double opportunitiesPerHour, @Nullable Double advancesPerHour, @Nullable Double wonRevenuePerHour,
                       @Nullable Double opportunitiesPerActivity, @Nullable Double advancesPerActivity,
                       @Nullable Double wonRevenuePerActivity, long accountTouches, long dealTouches, long emptyTouches,
                       @Nullable Double opportunitiesPerTouch, @Nullable Double advancesPerValuableTouch,
                       @Nullable Double advancesPerEmptyTouch, @Nullable Double wonRevenuePerTouch, Intervals ci95,
                       @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Replies replies, ValueReport.Verdict verdict,
                       @Nullable String note) {
    }

    /** The 95% intervals of the per-touch effects, as [low, high]. */
    public record Intervals(double @Nullable [] opportunitiesPerTouch, double @Nullable [] advancesPerValuableTouch,
                            double @Nullable [] advancesPerEmptyTouch, double @Nullable [] wonRevenuePerTouch) {
    }

    /** Only for types with reply data: a type without it has no "replies" key rather than a 0. */
    public record Replies(long answerableTouches, long replies, double perTouch) {
    }

    /** A type whose catalogue class and learned class differ, as value and report both list them. */
    public record Disagreement(String type, ValueClass valueClass, LearnedClass learnedClass) {
    }

    /** The document of a report over days with nothing to say about them (no period note). */
    public static ValueDocument of(ValueReport report) {
        return of(report, null);
    }

    /** The document of a report over the period {@code chosen}, with its note when there is one. */
    public static ValueDocument of(ValueReport report, DefaultPeriod.@Nullable Chosen chosen) {
        List<Type> types = report.types().stream().map(type -> new Type(type.type(), type.valueClass(), type.learnedClass(),
                type.disagrees(), type.category(), type.catalogued(), type.activities(), type.hours(),
                type.opportunitiesPerHour(), type.advancesPerHour(), type.wonRevenuePerHour(),
                type.opportunitiesPerActivity(), type.advancesPerActivity(), type.wonRevenuePerActivity(),
                type.accountTouches(), type.dealTouches(), type.emptyTouches(),
                value(type.opportunitiesPerTouch()), value(type.advancesPerValuableTouch()),
                value(type.advancesPerEmptyTouch()), value(type.wonRevenuePerTouch()),
                new Intervals(interval(type.opportunitiesPerTouch()), interval(type.advancesPerValuableTouch()),
                        interval(type.advancesPerEmptyTouch()), interval(type.wonRevenuePerTouch())),
                replies(type), type.verdict(), type.note())).toList();
        return new ValueDocument(types, disagreements(report), report.valuableVsEmpty(), report.method(),
                chosen == null ? null : PeriodNote.of(chosen));
    }

    /** The types whose catalogue class and learned class differ, as value and report both list them. */
    static List<Disagreement> disagreements(ValueReport report) {
        return report.disagreements().stream()
                .map(type -> new Disagreement(type.type(), type.valueClass(), type.learnedClass())).toList();
    }

    private static @Nullable Replies replies(TypeValue type) {
        ValueReport.ReplyRate rate = type.replies();
        return rate == null ? null : new Replies(rate.touches(), rate.replies(), rate.perTouch());
    }

    private static @Nullable Double value(@Nullable Estimate estimate) {
        return estimate == null ? null : estimate.value();
    }

    private static double @Nullable [] interval(@Nullable Estimate estimate) {
        return estimate == null ? null : new double[]{estimate.low(), estimate.high()};
    }
}
