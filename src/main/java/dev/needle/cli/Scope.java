package dev.needle.cli;

import dev.needle.domain.Dataset;
import dev.needle.measure.Datasets;

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
}
