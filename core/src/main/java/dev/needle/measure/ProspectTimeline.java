package dev.needle.measure;

import dev.needle.measure.UnitStatistics.Window;

/**
 * A prospect on leads not converted (one company's leads, or a lead with no company): its touches in
 * time order and the rep of the first. It created no opportunity, and every day is at risk of one.
 */
record ProspectTimeline(long prospect, long rep, int[] touchDays, int[] types) {

    UnitStatistics statistics(Window window, boolean clusterByRep, int riskFrom, int riskTo) {
        return UnitStatistics.of(window, rep, clusterByRep ? Long.valueOf(rep) : new Timelines.Prospect(true, prospect),
                touchDays, types, new int[0], new double[0], riskFrom, riskTo, day -> true);
    }
}
