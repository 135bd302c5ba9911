package dev.needle.coach;

import dev.needle.measure.Quantiles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The team's top performers (docs/metrics.md, "Coaching"): among the rep's peers — the reps of the
 * same team with at least {@value #MIN_WORKING_DAYS} working days, or every such rep when the team has
 * fewer than {@value #MIN_PEERS} — those whose results per hour reach the peers' 75th percentile.
 */
final class TopPerformers {
    static final int MIN_WORKING_DAYS = 5;
    static final int MIN_PEERS = 4;
    static final String EVERYONE = "all reps";

    private final Map<String, Benchmark> byTeam = new LinkedHashMap<>();
    private final Benchmark everyone;

    TopPerformers(List<RepFigures> reps) {
        List<RepFigures> judged = reps.stream().filter(TopPerformers::judged).toList();
        everyone = judged.isEmpty() ? null : benchmark(EVERYONE, judged);
        Map<String, List<RepFigures>> teams = new LinkedHashMap<>();
        for (RepFigures rep : judged) teams.computeIfAbsent(rep.performance().team(), team -> new ArrayList<>()).add(rep);
        teams.forEach((team, members) -> byTeam.put(team, members.size() >= MIN_PEERS ? benchmark(team, members) : everyone));
    }

    /** The benchmark for a rep of this team; null when no rep has enough working days. */
    Benchmark forTeam(String team) {
        return byTeam.getOrDefault(team, everyone);
    }

    static boolean judged(RepFigures rep) {
        return rep.performance().time().workingDays() >= MIN_WORKING_DAYS && rep.performance().time().hours() > 0;
    }

    private static Benchmark benchmark(String group, List<RepFigures> peers) {
        double cutoff = Quantiles.of(peers.stream().mapToDouble(RepFigures::resultsPerHour).toArray(), 0.75);
        List<RepFigures> top = peers.stream().filter(rep -> rep.resultsPerHour() >= cutoff)
                .sorted(Comparator.comparingDouble(RepFigures::resultsPerHour).reversed()
                        .thenComparing(rep -> rep.performance().rep().name()))
                .toList();
        return new Benchmark(group, peers.size(), top.stream().map(rep -> rep.performance().rep().name()).toList(), cutoff,
                median(top, RepFigures::noResultHoursPerWeek), median(top, RepFigures::startedWithOpportunityCreationShare),
                median(top, RepFigures::emptyTouchShare), median(top, RepFigures::adminHoursBeforeNoonPerWeek));
    }

    private static double median(List<RepFigures> reps, ToDoubleFunction<RepFigures> figure) {
        return Quantiles.of(reps.stream().mapToDouble(figure).filter(value -> !Double.isNaN(value)).toArray(), 0.5);
    }
}
