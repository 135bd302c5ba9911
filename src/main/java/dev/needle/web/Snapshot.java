package dev.needle.web;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Rep;
import dev.needle.measure.DealHygiene;
import dev.needle.measure.HygieneReport;
import dev.needle.plan.Workloads;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The store as the API reads it: every record, read once, with what the endpoints derive from all of
 * it (each rep's workloads, the hygiene of every open deal) computed on first use and then shared by
 * every request until the next write. Reading the whole store per request would take seconds on a
 * large org; filtering a shared snapshot by the caller's visibility takes microseconds.
 */
final class Snapshot {
    private static final int MAX_DERIVED = 2048;
    private final Dataset data;
    private final Instant takenAt;
    private final Map<Long, Rep> reps;
    private final Map<Long, Deal> deals;
    private final Supplier<Workloads> workloads;
    private final Supplier<HygieneReport> hygiene;
    private final Map<Object, Supplier<Object>> derived = new ConcurrentHashMap<>();

    Snapshot(Dataset data, Instant takenAt, ActivityCatalog catalog) {
        this.data = data;
        this.takenAt = takenAt;
        this.reps = data.reps().stream().collect(Collectors.toUnmodifiableMap(Rep::id, Function.identity()));
        this.deals = data.deals().stream().collect(Collectors.toUnmodifiableMap(Deal::id, Function.identity()));
        this.workloads = memoize(() -> Workloads.of(data));
        this.hygiene = memoize(() -> DealHygiene.check(data, catalog, takenAt));
    }

    Dataset data() {
        return data;
    }

    /** When the records were read: the as-of of the deal flags. */
    Instant takenAt() {
        return takenAt;
    }

    Map<Long, Rep> reps() {
        return reps;
    }

    /** The deal with this id, or null. */
    Deal deal(long id) {
        return deals.get(id);
    }

    Workloads workloads() {
        return workloads.get();
    }

    HygieneReport hygiene() {
        return hygiene.get();
    }

    /**
     * What an endpoint derives from this snapshot for {@code key} (its parameters and the caller's
     * visibility), computed once. Past a couple of thousand keys results are no longer kept, so odd parameters
     * cannot fill the memory.
     */
    @SuppressWarnings("unchecked")
    <T> T derive(Object key, Supplier<T> compute) {
        if (derived.size() >= MAX_DERIVED && !derived.containsKey(key)) return compute.get();
        return (T) derived.computeIfAbsent(key, k -> memoize((Supplier<Object>) compute)).get();
    }

    private static <T> Supplier<T> memoize(Supplier<T> compute) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T result = value;
                if (result == null) {
                    synchronized (this) {
                        result = value;
                        if (result == null) value = result = compute.get();
                    }
                }
                return result;
            }
        };
    }
}
