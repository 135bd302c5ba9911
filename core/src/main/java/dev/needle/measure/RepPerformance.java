package dev.needle.measure;

import dev.needle.domain.Rep;

/**
 * One rep's period: where the hours went, what they produced and how that compares with the team.
 * {@code quotaAttainment} is won revenue over the quota prorated to the period (NaN without a quota).
 */
public record RepPerformance(Rep rep, TimeAllocation time, Results results, double quotaAttainment,
                             Classification classification) {

    /** Opportunities created plus stage advances, per hour of logged activity. */
    public double resultsPerHour() {
        return Stats.ratio(results.outcomes(), time.hours());
    }

    /** Opportunities created plus stage advances, per HIGH-value hour. */
    public double resultsPerHighValueHour() {
        return Stats.ratio(results.outcomes(), time.highValueHours());
    }

    public double wonRevenuePerHour() {
        return Stats.ratio(results.wonRevenue().doubleValue(), time.hours());
    }

    /** The rep's team, "(no team)" when the source has none. */
    public String team() {
        return PerformanceReport.teamOf(rep);
    }

    public Quadrant quadrant() {
        return classification.quadrant();
    }

    /**
     * The busy-vs-productive call and its evidence: the rep's activities per working day and results
     * per hour, each over the median of the peers the rep was compared with.
     */
    public record Classification(Quadrant quadrant, String peerGroup, int peers, double volumeVsPeers,
                                 double productivityVsPeers) {
        static final Classification UNKNOWN = new Classification(Quadrant.UNKNOWN, null, 0, Double.NaN, Double.NaN);
    }
}
