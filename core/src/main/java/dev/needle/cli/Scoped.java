package dev.needle.cli;

import dev.needle.app.Needle;
import dev.needle.domain.Rep;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The reps a --rep or --team selection covers; all reps when neither is given. */
record Scoped(Set<Long> repIds) {
    static Scoped of(Needle needle, List<Rep> reps, String rep, String team, CommandSpec spec) {
        if (rep != null) {
            return new Scoped(Set.of(Scope.rep(needle, rep, spec).id()));
        }
        if (team == null) return new Scoped(null);
        return new Scoped(Scope.team(reps, team, spec).stream().map(Rep::id).collect(Collectors.toSet()));
    }

    boolean includes(Rep rep) {
        return repIds == null || repIds.contains(rep.id());
    }

    boolean includesOwner(Long ownerId) {
        return repIds == null || ownerId != null && repIds.contains(ownerId);
    }
}
