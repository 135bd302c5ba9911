package dev.needle.measure;

import dev.needle.measure.UnitStatistics.Window;

/**
 * One deal as the advance model sees it, built from that deal's rows alone: its touches in time order
 * (each coded 2·type + 1 when empty), its stage advances in the period with the revenue a win brought,
 * and the days it was open in the period.
 */
record DealTimeline(long deal, long owner, int openFrom, int openTo, int[] touchDays, int[] touchKinds,
                    int[] advanceDays, double[] advanceValues) {

    /**
     * The unit's counts for a model over {@code window}: by type and quality, or by quality alone
     * ({@code pooled}: valuable 0, empty 1). Every open day is at risk of an advance.
     */
    UnitStatistics statistics(Window window, boolean pooled, boolean clusterByRep) {
        int[] kinds = touchKinds;
        if (pooled) {
            kinds = touchKinds.clone();
            for (int i = 0; i < kinds.length; i++) kinds[i] = kinds[i] % 2;
        }
        return UnitStatistics.of(window, owner, clusterByRep ? Long.valueOf(owner) : Long.valueOf(deal), touchDays, kinds,
                advanceDays, advanceValues, openFrom, openTo, day -> true);
    }
}
