package dev.needle.measure;

import dev.needle.domain.ValueClass;
import dev.needle.domain.WorkCategory;

import java.util.List;

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

    /** How the data's verdict compares with the catalogue's class. */
    public enum Verdict { AGREES, WORTH_MORE_THAN_ITS_CLASS, WORTH_LESS_THAN_ITS_CLASS, TOO_THIN_TO_TELL, NOT_MEASURABLE }

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
                            Verdict verdict, String note) {
    }

    /** Stage advances per valuable and per empty touch, all types pooled. */
    public record TouchQuality(long valuableTouches, long emptyTouches, Estimate advancesPerValuableTouch,
                               Estimate advancesPerEmptyTouch, String finding) {
    }
}
