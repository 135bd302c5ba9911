package dev.needle.measure;

import dev.needle.domain.ValueClass;
import dev.needle.domain.WorkCategory;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each activity type is worth in this team's data ({@code needle value}).
 *
 * @param types            one line per activity type, under the source system's name
 * @param valuableVsEmpty  whether valuable touches advance deals more than empty ones here
 * @param method           how the numbers were computed, in words
 */
public record ValueReport(List<TypeValue> types, TouchQuality valuableVsEmpty, String method,
                          long accountDays, long dealDays) {

    /** An estimate with its 95% interval; null bounds when there was nothing to estimate from. */
    public record Estimate(double value, double low, double high) {
        public boolean positive() {
            return low > 0;
        }

        public boolean includesZero() {
            return low <= 0 && high >= 0;
        }

        Estimate times(double factor) {
            return factor >= 0 ? new Estimate(value * factor, low * factor, high * factor)
                    : new Estimate(value * factor, high * factor, low * factor);
        }
    }

    /**
     * A buyer's replies per outbound touch that could be answered (mail, where a reply names the message it
     * answers): {@code replies} of {@code touches}. Null for a type with no such touches: no data is not 0.
     */
    public record ReplyRate(long touches, long replies) {
        public double perTouch() {
            return touches == 0 ? 0 : (double) replies / touches;
        }
    }

    /** How the data's verdict compares with the catalogue's class. */
    public enum Verdict { AGREES, WORTH_MORE_THAN_ITS_CLASS, WORTH_LESS_THAN_ITS_CLASS, TOO_THIN_TO_TELL, NOT_MEASURABLE }

    /**
     * A type's class by what this team's data shows (docs/metrics.md, "Learned class"): {@code HIGH} when one of its
     * measured per-touch effects has a 95% interval above zero; {@code NO_MEASURED_EFFECT} when it was measured
     * and every interval includes zero; {@code NOT_MEASURABLE} when no effect was measured from
     * {@value ActivityValue#MIN_TOUCHES} touches of its kind (never linked to an account or deal, or too thin).
     */
    public enum LearnedClass {
        HIGH("HIGH"), NO_MEASURED_EFFECT("no measured effect"), NOT_MEASURABLE("not measurable");

        private final String label;

        LearnedClass(String label) {
            this.label = label;
        }

        /** How the class is written in text output. */
        public String label() {
            return label;
        }
    }

    /** The learned class of a type in this report; a type the report does not know is not measurable. */
    public LearnedClass learnedClassOf(String type) {
        for (TypeValue value : types) if (value.type().equals(type)) return value.learnedClass();
        return LearnedClass.NOT_MEASURABLE;
    }

    /**
     * The high-value share by what the data shows: hours on types whose learned class is HIGH over all hours
     * (NaN without hours), for the hours by type of a rep's or a team's period.
     */
    public double highValueShareLearned(TimeAllocation time) {
        if (!(time.hours() > 0)) return Double.NaN;
        double high = 0;
        for (Map.Entry<String, Double> entry : time.hoursByType().entrySet()) {
            if (learnedClassOf(entry.getKey()) == LearnedClass.HIGH) high += entry.getValue();
        }
        return high / time.hours();
    }

    /**
     * Types where the catalogue and the data disagree: classed HIGH with no measured effect, or classed LOW or
     * LIMIT with a measured effect above zero. Not measurable types disagree with nothing: nothing is known.
     */
    public List<TypeValue> disagreements() {
        List<TypeValue> found = new ArrayList<>();
        for (TypeValue type : types) if (type.disagrees()) found.add(type);
        return found;
    }

    /**
     * @param accountTouches        touches on accounts with no open deal (the ones that can create one)
     * @param dealTouches           touches on open deals, valuable and empty
     * @param opportunitiesPerTouch opportunities created per account touch (the causal per-touch effect)
     * @param advancesPerValuableTouch stage advances per valuable deal touch
     * @param advancesPerEmptyTouch    stage advances per empty deal touch
     * @param wonRevenuePerTouch    won revenue per deal touch
     */
    public record TypeValue(String type, ValueClass valueClass, WorkCategory category, boolean catalogued,
                            long activities, double hours, long accountTouches, long dealTouches, long emptyTouches,
                            Estimate opportunitiesPerTouch, Estimate advancesPerValuableTouch,
                            Estimate advancesPerEmptyTouch, Estimate wonRevenuePerTouch,
                            Double opportunitiesPerActivity, Double advancesPerActivity, Double wonRevenuePerActivity,
                            Double opportunitiesPerHour, Double advancesPerHour, Double wonRevenuePerHour,
                            Verdict verdict, String note, ReplyRate replies) {

        /** Opportunities per account touch, when measured from enough account touches; else null. */
        public Estimate measuredOpportunitiesPerTouch() {
            return accountTouches >= ActivityValue.MIN_TOUCHES ? opportunitiesPerTouch : null;
        }

        /** Advances per valuable deal touch, when measured from enough valuable touches; else null. */
        public Estimate measuredAdvancesPerValuableTouch() {
            return dealTouches - emptyTouches >= ActivityValue.MIN_TOUCHES ? advancesPerValuableTouch : null;
        }

        /** Advances per empty deal touch, when measured from enough empty touches; else null. */
        public Estimate measuredAdvancesPerEmptyTouch() {
            return emptyTouches >= ActivityValue.MIN_TOUCHES ? advancesPerEmptyTouch : null;
        }

        /** The one place a type's class by the data is decided: from the measured effects only. */
        public LearnedClass learnedClass() {
            List<Estimate> measured = new ArrayList<>();
            for (Estimate estimate : new Estimate[]{measuredOpportunitiesPerTouch(), measuredAdvancesPerValuableTouch(),
                    measuredAdvancesPerEmptyTouch()}) {
                if (estimate != null) measured.add(estimate);
            }
            if (measured.isEmpty()) return LearnedClass.NOT_MEASURABLE;
            return measured.stream().anyMatch(Estimate::positive) ? LearnedClass.HIGH : LearnedClass.NO_MEASURED_EFFECT;
        }

        /** The catalogue's class and the learned one say different things (see {@link ValueReport#disagreements()}). */
        public boolean disagrees() {
            LearnedClass learned = learnedClass();
            return valueClass == ValueClass.HIGH ? learned == LearnedClass.NO_MEASURED_EFFECT : learned == LearnedClass.HIGH;
        }
    }

    /** Stage advances per valuable and per empty touch, all types pooled; an estimate is null when there are no touches of its kind. */
    public record TouchQuality(long valuableTouches, long emptyTouches, @Nullable Estimate advancesPerValuableTouch,
                               @Nullable Estimate advancesPerEmptyTouch, String finding) {
    }
}
