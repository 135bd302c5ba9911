package dev.needle.cli;

import dev.needle.domain.Dataset;
import dev.needle.measure.Datasets;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** The --team and --as-of options every analysis command shares; without --as-of, as of today (UTC). */
final class Scope {
    private Scope() {
    }

    static Dataset of(Dataset data, String team, LocalDate asOf) {
        Dataset scoped = team == null ? data : Datasets.ofTeam(data, team);
        // meetings booked for later are in the exports too: analyses see only what has happened
        LocalDate day = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
        return Datasets.asOf(scoped, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
