package dev.needle.cli;

import dev.needle.domain.Dataset;
import dev.needle.measure.Datasets;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The --team and --as-of options every analysis command shares. */
final class Scope {
    private Scope() {
    }

    static Dataset of(Dataset data, String team, LocalDate asOf) {
        Dataset scoped = team == null ? data : Datasets.ofTeam(data, team);
        return asOf == null ? scoped : Datasets.asOf(scoped, asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
