package dev.needle.coach;

import java.util.List;

/**
 * The team's top performers a rep is compared with (docs/metrics.md, "Coaching"): the top quartile by
 * results per hour of the rep's peers. Each figure is the median over the top performers.
 *
 * @param peerGroup         the team's name, or "all reps" when the team has too few reps to judge
 * @param topPerformers     their names, in order of results per hour
 * @param resultsPerHourCutoff the peers' 75th percentile of results per hour
 */
public record Benchmark(String peerGroup, int peers, List<String> topPerformers, double resultsPerHourCutoff,
                        double noResultHoursPerWeek, double startedWithOpportunityCreationShare,
                        double emptyTouchShare, double adminHoursBeforeNoonPerWeek) {
    public Benchmark {
        topPerformers = List.copyOf(topPerformers);
    }
}
