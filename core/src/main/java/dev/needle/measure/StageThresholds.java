package dev.needle.measure;

import dev.needle.domain.Rep;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 75th percentile of the time deals spent in each stage, from the stays that ended by as-of:
 * per team when the team has at least {@link DealHygiene#MIN_HISTORY} stays in that stage, else over
 * all teams, else none.
 */
final class StageThresholds {
    record Threshold(String group, double days) {
    }

    private final Map<String, Map<String, Threshold>> byTeam = new HashMap<>();
    private final Map<String, Threshold> overall = new HashMap<>();

    static StageThresholds of(PipelineAsOf pipeline, Map<Long, Rep> reps) {
        Map<String, Map<String, List<Double>>> teamStays = new HashMap<>();
        Map<String, List<Double>> allStays = new HashMap<>();
        for (DealAsOf deal : pipeline.deals()) {
            Rep owner = deal.deal().ownerId() == null ? null : reps.get(deal.deal().ownerId());
            for (DealAsOf.Stay stay : deal.completedStays(pipeline.openStages())) {
                allStays.computeIfAbsent(stay.stage(), s -> new ArrayList<>()).add(stay.days());
                if (owner == null) continue;
                teamStays.computeIfAbsent(PerformanceReport.teamOf(owner), t -> new HashMap<>())
                        .computeIfAbsent(stay.stage(), s -> new ArrayList<>()).add(stay.days());
            }
        }
        StageThresholds thresholds = new StageThresholds();
        allStays.forEach((stage, days) -> {
            if (days.size() >= DealHygiene.MIN_HISTORY) thresholds.overall.put(stage, new Threshold("all teams", Stats.quantile(days, 0.75)));
        });
        teamStays.forEach((team, stages) -> stages.forEach((stage, days) -> {
            if (days.size() >= DealHygiene.MIN_HISTORY) {
                thresholds.byTeam.computeIfAbsent(team, t -> new HashMap<>())
                        .put(stage, new Threshold("team " + team, Stats.quantile(days, 0.75)));
            }
        }));
        return thresholds;
    }

    Threshold forStage(Rep owner, String stage) {
        if (owner != null) {
            Threshold team = byTeam.getOrDefault(PerformanceReport.teamOf(owner), Map.of()).get(stage);
            if (team != null) return team;
        }
        return overall.get(stage);
    }
}
