package dev.needle.app;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.OrgHistory;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.Period;
import dev.needle.measure.UnitRunner;
import dev.needle.measure.ValueHistory;
import dev.needle.measure.ValueReport;
import dev.needle.view.ValueDocument;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * {@code needle value} as a use case, on any runner: what was recorded before {@code cutoff}, learned over the
 * year of whole UTC days up to it (or the days named; when the data ends before, its own last year).
 */
public record ValueQuery(ValueReport report, DefaultPeriod.Chosen chosen) {

    public static ValueQuery run(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, Instant cutoff, LocalDate from, LocalDate to) {
        LocalDate last = to != null ? to : LocalDate.ofInstant(cutoff.minusNanos(1), ZoneOffset.UTC);
        LocalDate first = from != null ? from : last.minusYears(1);
        if (first.isAfter(last)) throw new IllegalArgumentException("--to must not be before --from");
        Period usual = new Period(first.atStartOfDay(ZoneOffset.UTC).toInstant(), last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        ValueHistory read = ActivityValue.read(history, runner, cutoff);
        // value counts whole UTC days, as --from/--to do, whether the window was moved or not
        DefaultPeriod.Chosen chosen = from == null && to == null
                ? DefaultPeriod.choose(read.times(), cutoff, usual, 365, ZoneOffset.UTC)
                : DefaultPeriod.given(read.times(), usual, ZoneOffset.UTC);
        return new ValueQuery(ActivityValue.estimate(read, catalog, chosen.period().from(), chosen.period().to()), chosen);
    }

    /** The JSON document, as {@code needle value --json} prints it and {@code GET /api/value} answers it. */
    public ValueDocument document() {
        return ValueDocument.of(report, chosen);
    }
}
