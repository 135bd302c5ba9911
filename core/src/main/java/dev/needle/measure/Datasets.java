package dev.needle.measure;

import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Rep;
import dev.needle.domain.StageChange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Views of a dataset: one team's part of it, or what had been recorded by a moment in the past. */
public final class Datasets {
    private Datasets() {
    }

    /** The reps of a team (by name, ignoring case), their deals and activities, and what hangs off those. */
    public static Dataset ofTeam(Dataset data, String team) {
        return ofReps(data, data.reps().stream().filter(rep -> rep.inTeam(team))
                .map(Rep::id).collect(Collectors.toSet()));
    }

    /** These reps, their deals and activities, and what hangs off those. */
    public static Dataset ofReps(Dataset data, Set<Long> reps) {
        List<Deal> deals = data.deals().stream().filter(d -> d.ownerId() != null && reps.contains(d.ownerId())).toList();
        Set<Long> dealIds = deals.stream().map(Deal::id).collect(Collectors.toSet());
        return new Dataset(data.reps().stream().filter(rep -> reps.contains(rep.id())).toList(), data.accounts(),
                data.contacts(), deals,
                data.stageChanges().stream().filter(c -> dealIds.contains(c.dealId())).toList(),
                data.activities().stream().filter(a -> reps.contains(a.repId())).toList(),
                data.nextActions().stream().filter(n -> dealIds.contains(n.dealId())).toList(),
                data.commitments().stream().filter(c -> reps.contains(c.repId())).toList(), data.leads());
    }

    /**
     * What had been recorded before {@code moment}: deals created by then, reopened if they closed
     * later and put back in the stage they were in (the rule of {@link PipelineAsOf}); history and
     * activities up to then.
     */
    public static Dataset asOf(Dataset data, Instant moment) {
        Map<Long, List<StageChange>> history = new HashMap<>();
        for (StageChange change : data.stageChanges()) history.computeIfAbsent(change.dealId(), d -> new ArrayList<>()).add(change);
        List<StageChange> changes = data.stageChanges().stream().filter(c -> c.at().isBefore(moment)).toList();
        List<Deal> deals = data.deals().stream()
                .filter(deal -> deal.createdAt() == null || deal.createdAt().isBefore(moment))
                .map(deal -> {
                    List<StageChange> all = history.getOrDefault(deal.id(), List.of());
                    List<StageChange> before = all.stream().filter(c -> c.at().isBefore(moment)).toList();
                    return PipelineAsOf.then(deal, all, before, moment);
                })
                .toList();
        Set<Long> dealIds = deals.stream().map(Deal::id).collect(Collectors.toSet());
        List<Activity> activities = data.activities().stream().filter(a -> a.start().isBefore(moment)).toList();
        return new Dataset(data.reps(), data.accounts(), data.contacts(), deals, changes, activities,
                data.nextActions().stream().filter(n -> dealIds.contains(n.dealId())).toList(), data.commitments(), data.leads());
    }
}
