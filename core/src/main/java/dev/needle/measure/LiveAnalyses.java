package dev.needle.measure;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The analyses the API server keeps current between whole reads of the store: deal hygiene, the pipeline
 * (the funnel's input), the performance report of each period asked for and the record times its default
 * period is chosen from, each kept as its units' parts ({@link KeptWalk}). After a write, {@link #after} maps again only the units the write touched
 * and finishes over the kept parts of the others: milliseconds where a whole walk takes seconds.
 *
 * <p>At the same as-of the answers are exactly those of a whole walk of the changed history. A write
 * made later (the server's clock has moved) maps its units as of the write and keeps the others' parts
 * as of the walk they came from; the server walks everything again every few minutes, so a flag that
 * only the clock raises on an untouched deal shows at most that much later, as it always did between
 * the server's reads. A period that ends at as-of (the last 90 days) moves with it.
 */
public final class LiveAnalyses {
    /** Periods (and zones) kept at once; a report of any other is walked whole each time, so odd parameters cannot fill the memory. */
    private static final int MAX_KEPT = 16;
    private final OrgHistory history;
    private final UnitRunner runner;
    private final ActivityCatalog catalog;
    private final KeptWalk deals;
    private final Map<PeriodKey, KeptWalk> time;
    private final Map<ZoneId, KeptWalk> recordTimes;

    private LiveAnalyses(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, KeptWalk deals, Map<PeriodKey, KeptWalk> time,
                         Map<ZoneId, KeptWalk> recordTimes) {
        this.history = history;
        this.runner = runner;
        this.catalog = catalog;
        this.deals = deals;
        this.time = time;
        this.recordTimes = recordTimes;
    }

    /** Hygiene and the pipeline from a whole walk of {@code history} as of {@code asOf}; reports are walked when first asked for. */
    public static LiveAnalyses of(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, Instant asOf) {
        List<Rep> reps = history.reps();
        KeptWalk deals = KeptWalk.of(history, runner, asOf,
                at -> List.of(new DealHygiene.Work(reps, catalog, at), new PipelineAsOf.Work(at)));
        return new LiveAnalyses(history, runner, catalog, deals, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /**
     * The analyses after a write, as of {@code later}: {@code changed} are the units it touched as they now
     * stand in {@code changedHistory}, {@code addedUnlinked} the activities it added on neither deal nor account.
     */
    public LiveAnalyses after(OrgHistory changedHistory, Instant later, Collection<AccountHistory> changed, List<Activity> addedUnlinked) {
        return new LiveAnalyses(changedHistory, runner, catalog, deals.after(later, changed, addedUnlinked),
                after(time, later, changed, addedUnlinked), after(recordTimes, later, changed, addedUnlinked));
    }

    public Instant asOf() {
        return deals.asOf();
    }

    public HygieneReport hygiene() {
        return deals.result(0);
    }

    public PipelineAsOf pipeline() {
        return deals.result(1);
    }

    /** The performance report of {@code period} as of {@link #asOf()}: the first for a period walks the history, later ones finish kept parts. */
    public PerformanceReport report(Period period) {
        Instant asOf = asOf();
        PeriodKey key = PeriodKey.of(period, asOf);
        List<Rep> reps = history.reps();
        KeptWalk walk = kept(time, key,
                () -> KeptWalk.of(history, runner, asOf, at -> List.of(new PerformanceReport.TimeWork(reps, catalog, at, key.at(at)))));
        return PerformanceReport.of(reps, asOf, period, walk.result(0), pipeline());
    }

    /** When the records happened, in {@code zone}: what the default period is chosen from ({@link DefaultPeriod}). */
    public RecordTimes recordTimes(ZoneId zone) {
        return kept(recordTimes, zone, () -> KeptWalk.of(history, runner, asOf(), at -> List.of(new RecordTimes.Work(at, zone)))).result(0);
    }

    private static <K> KeptWalk kept(Map<K, KeptWalk> walks, K key, Supplier<KeptWalk> walk) {
        KeptWalk known = walks.get(key);
        if (known != null) return known;
        KeptWalk walked = walk.get();
        if (walks.size() < MAX_KEPT) walks.putIfAbsent(key, walked);
        return walked;
    }

    private static <K> Map<K, KeptWalk> after(Map<K, KeptWalk> walks, Instant later, Collection<AccountHistory> changed,
                                              List<Activity> addedUnlinked) {
        Map<K, KeptWalk> moved = new ConcurrentHashMap<>();
        walks.forEach((key, walk) -> moved.put(key, walk.after(later, changed, addedUnlinked)));
        return moved;
    }

    /** A period as it moves with as-of: one that ends at as-of keeps its length back from a later as-of; any other stays put. */
    private record PeriodKey(Duration length, Period fixed) {
        static PeriodKey of(Period period, Instant asOf) {
            return period.to().equals(asOf) ? new PeriodKey(Duration.between(period.from(), period.to()), null) : new PeriodKey(null, period);
        }

        Period at(Instant asOf) {
            return fixed != null ? fixed : new Period(asOf.minus(length), asOf);
        }
    }
}
