package dev.needle.cli;

import dev.needle.domain.Dataset;
import dev.needle.domain.OrgHistory;
import dev.needle.measure.Datasets;
import dev.needle.store.Store;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The --team and --as-of options every analysis command shares: the records up to the end of {@code asOf} (UTC). */
final class Scope {
    private Scope() {
    }

    static Dataset of(Dataset data, String team, LocalDate asOf) {
        Dataset scoped = team == null ? data : Datasets.ofTeam(data, team);
        // meetings booked for later are in the exports too: analyses see only what has happened
        return Datasets.asOf(scoped, asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * The store as units, streamed, when no team is named: the analysis applies as-of itself, unit by
     * unit. A team's records are picked out of the whole store in memory.
     */
    static OrgHistory history(Store store, String team) {
        return team == null ? store.history() : Datasets.ofTeam(store.dataset(), team).history();
    }
}
