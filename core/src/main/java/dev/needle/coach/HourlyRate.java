package dev.needle.coach;

import dev.needle.measure.ValueReport.Estimate;
import dev.needle.measure.ValueReport.TypeValue;

import java.util.List;

/**
 * Results (opportunities created plus stage advances) one hour of an activity type brings, with its
 * 95% interval: the learned per-touch effects ({@link dev.needle.measure.ActivityValue}) times the
 * touches per hour of that type. Only effects measured from enough touches of their kind count (the ones
 * {@code needle value} prints and the learned class rests on). The bounds add the per-touch bounds, so the
 * interval is, if anything, wider than the true one.
 */
public record HourlyRate(String type, double value, double low, double high, boolean createsOpportunitiesOnly) {
    static final HourlyRate NONE = new HourlyRate("", 0, 0, 0, false);

    public static HourlyRate of(TypeValue type) {
        if (type.hours() <= 0) return new HourlyRate(type.type(), 0, 0, 0, false);
        double value = 0, low = 0, high = 0;
        long valuable = type.dealTouches() - type.emptyTouches();
        Estimate[] estimates = {type.measuredOpportunitiesPerTouch(), type.measuredAdvancesPerValuableTouch(),
                type.measuredAdvancesPerEmptyTouch()};
        long[] touches = {type.accountTouches(), valuable, type.emptyTouches()};
        for (int kind = 0; kind < estimates.length; kind++) {
            if (estimates[kind] == null || touches[kind] == 0) continue;
            double perHour = touches[kind] / type.hours();
            value += estimates[kind].value() * perHour;
            low += estimates[kind].low() * perHour;
            high += estimates[kind].high() * perHour;
        }
        return new HourlyRate(type.type(), value, low, high, type.dealTouches() == 0);
    }

    /** The interval lies above zero: this type measurably produces results. */
    public boolean positive() {
        return low > 0;
    }

    /** The hours-weighted mean rate of several types (bounds weighted alike); NONE without hours. */
    static HourlyRate weighted(List<HourlyRate> rates, List<Double> hours) {
        double total = hours.stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) return NONE;
        double value = 0, low = 0, high = 0;
        for (int index = 0; index < rates.size(); index++) {
            double weight = hours.get(index) / total;
            value += rates.get(index).value * weight;
            low += rates.get(index).low * weight;
            high += rates.get(index).high * weight;
        }
        return new HourlyRate("", value, low, high, false);
    }
}
