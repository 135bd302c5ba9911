package dev.needle.measure;

import dev.needle.measure.Timelines.OpenDeals;
import dev.needle.measure.UnitStatistics.Window;

import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * One account as the opportunity model sees it, built from that account's rows alone: the days
 * opportunities were created on it in the period; the days each of its deals was created and closed
 * ({@link #OPEN} if not), and whether it opened one while another was open ({@code opensBeside}); and
 * its touches in time order with the rep who made each and whether a deal was open then.
 *
 * @param created    days opportunities were created on the account in the period, ascending
 * @param openAt     a deal was created by the touch's time and not closed before its day (one open deal per account)
 * @param openPast   a deal was created by then and closed after its day: open for sure ({@link OpenDeals#SEPARATE})
 * @param dealOwner  the first owner among its deals, the account's rep when no touch names one
 */
record AccountTimeline(long account, int[] created, int[] dealCreated, int[] dealClosed, boolean opensBeside,
                       int[] touchDays, int[] types, long[] touchReps, boolean[] openAt, boolean[] openPast, Long dealOwner) {
    /** The close day of a deal still open. */
    static final int OPEN = Integer.MAX_VALUE;

    /**
     * The unit's counts for a model over {@code window}, with the touches made while a deal was open
     * left out, apart (as kinds type + {@code typeCount}) or pooled as {@code openDeals} says; null when
     * no rep can be named for it.
     */
    UnitStatistics statistics(Window window, OpenDeals openDeals, int typeCount, boolean clusterByRep, int riskFrom, int riskTo) {
        int[] kept = IntStream.range(0, touchDays.length)
                .filter(i -> openDeals != OpenDeals.EXCLUDED || !openAt[i]).toArray();
        Long rep = kept.length > 0 ? Long.valueOf(touchReps[kept[0]]) : dealOwner;
        if (rep == null) return null;
        int[] kinds = IntStream.of(kept)
                .map(i -> openDeals == OpenDeals.SEPARATE && openPast[i] ? types[i] + typeCount : types[i]).toArray();
        IntPredicate atRisk = openDeals == OpenDeals.POOLED && opensBeside ? day -> true : day -> !openAtStartOf(day);
        return UnitStatistics.of(window, rep, clusterByRep ? rep : new Timelines.Prospect(false, account),
                IntStream.of(kept).map(i -> touchDays[i]).toArray(), kinds, created, new double[created.length],
                riskFrom, riskTo, atRisk);
    }

    /** A deal created before this day and not closed before it: the account is not in the market. */
    private boolean openAtStartOf(int day) {
        for (int i = 0; i < dealCreated.length; i++) {
            if (dealCreated[i] < day && dealClosed[i] >= day) return true;
        }
        return false;
    }
}
