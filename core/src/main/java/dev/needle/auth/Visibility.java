package dev.needle.auth;

import dev.needle.domain.Rep;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whose records a user may read and write — the one rule every endpoint applies: a rep their own, a
 * manager their own and everyone who reports to them directly or indirectly (through {@code managerId}),
 * an admin everyone's.
 */
public final class Visibility {
    private static final Visibility ALL = new Visibility(null);
    private final Set<Long> repIds;

    private Visibility(Set<Long> repIds) {
        this.repIds = repIds == null ? null : Set.copyOf(repIds);
    }

    public static Visibility all() {
        return ALL;
    }

    public static Visibility of(Role role, Long repId, List<Rep> reps) {
        if (role == Role.ADMIN) return ALL;
        if (repId == null) return new Visibility(Set.of());
        if (role == Role.REP) return new Visibility(Set.of(repId));
        return new Visibility(selfAndReports(repId, reps));
    }

    /** A rep and everyone below them; a cycle in the reporting lines ends where it closes. */
    static Set<Long> selfAndReports(long repId, List<Rep> reps) {
        Map<Long, List<Long>> reportsTo = new HashMap<>();
        for (Rep rep : reps) {
            if (rep.managerId() != null) reportsTo.computeIfAbsent(rep.managerId(), m -> new java.util.ArrayList<>()).add(rep.id());
        }
        Set<Long> seen = new HashSet<>();
        Deque<Long> next = new ArrayDeque<>(List.of(repId));
        while (!next.isEmpty()) {
            long id = next.pop();
            if (seen.add(id)) next.addAll(reportsTo.getOrDefault(id, List.of()));
        }
        return seen;
    }

    public boolean everything() {
        return repIds == null;
    }

    public boolean canSee(Long repId) {
        return repIds == null || repId != null && repIds.contains(repId);
    }

    /** Whether any of {@code repIds} is visible: a record several reps work is seen by whoever sees one of them. */
    public boolean canSeeAny(java.util.Collection<Long> repIds) {
        return this.repIds == null || repIds.stream().anyMatch(this.repIds::contains);
    }

    /** The reps visible, or null for everyone. */
    public Set<Long> repIds() {
        return repIds;
    }

    /** Equal visibilities share cached results. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Visibility that && java.util.Objects.equals(repIds, that.repIds);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(repIds);
    }

    @Override
    public String toString() {
        return repIds == null ? "all reps" : repIds.size() + " reps";
    }
}
