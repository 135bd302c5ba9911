package dev.needle.web;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.AccountHistory;
import dev.needle.domain.Activity;
import dev.needle.domain.Dataset;
import dev.needle.domain.Deal;
import dev.needle.domain.Rep;
import dev.needle.measure.ActivityValue;
import dev.needle.measure.DefaultPeriod;
import dev.needle.measure.HygieneReport;
import dev.needle.measure.LiveAnalyses;
import dev.needle.measure.Period;
import dev.needle.measure.RecordTimes;
import dev.needle.measure.UnitRunner;
import dev.needle.measure.ValueReport;
import dev.needle.predict.WinModel;
import dev.needle.plan.Workloads;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The store as the API reads it: every record, read once, with what the endpoints derive from all of
 * it (each rep's workloads, the hygiene of every open deal) computed on first use and then shared by
 * every request until the next write. Reading the whole store per request would take seconds on a
 * large org; filtering a shared snapshot by the caller's visibility takes microseconds. The analyses
 * that hygiene, the report and the funnel come from are kept by unit ({@link LiveAnalyses}), so the
 * snapshot after a write recomputes only the units the write touched.
 */
final class Snapshot {
    private static final int MAX_DERIVED = 2048;
    private final Dataset data;
    private final Instant takenAt;
    private final Map<Long, Rep> reps;
    private final Map<Long, Deal> deals;
    private final ActivityCatalog catalog;
    private final String fingerprint;
    private final Lazy<LiveAnalyses> live;
    private final Lazy<ValueReport> learnedValue;
    /** The win models learned per view (visibility), carried over writes like the value model. */
    private final Map<Object, Lazy<WinModel>> winModels;
    private final Lazy<Workloads> workloads;
    private final Map<Object, Supplier<Object>> derived = new ConcurrentHashMap<>();

    /**
     * A snapshot of records read whole from the store at {@code fingerprint} (null when not known):
     * everything derived is computed afresh, when first asked for.
     */
    Snapshot(Dataset data, Instant takenAt, ActivityCatalog catalog, String fingerprint) {
        this(data, takenAt, catalog, fingerprint, new Lazy<>(() -> LiveAnalyses.of(data.history(), UnitRunner.parallel(), catalog, takenAt)),
                new Lazy<>(() -> ActivityValue.learnedBefore(data, catalog, takenAt)), new ConcurrentHashMap<>());
    }

    private Snapshot(Dataset data, Instant takenAt, ActivityCatalog catalog, String fingerprint, Lazy<LiveAnalyses> live,
                     Lazy<ValueReport> learnedValue, Map<Object, Lazy<WinModel>> winModels) {
        this.data = data;
        this.fingerprint = fingerprint;
        this.takenAt = takenAt;
        this.catalog = catalog;
        this.reps = data.reps().stream().collect(Collectors.toUnmodifiableMap(Rep::id, Function.identity()));
        this.deals = data.deals().stream().collect(Collectors.toUnmodifiableMap(Deal::id, Function.identity()));
        this.live = live;
        this.learnedValue = learnedValue;
        this.winModels = winModels;
        this.workloads = new Lazy<>(() -> Workloads.of(data));
    }

    /**
     * This snapshot after one of the API's writes, as of {@code now}: the kept analyses map again only the
     * units the write touched, and the value and win models learned since the last whole read are carried
     * over (one write does not move a model learned from thousands of deals; the next renewal learns them again).
     */
    Snapshot after(Dataset changed, Instant now, Touched touched) {
        LiveAnalyses kept = live.ifComputed();
        Lazy<LiveAnalyses> next;
        if (kept == null) {
            next = new Lazy<>(() -> LiveAnalyses.of(changed.history(), UnitRunner.parallel(), catalog, now));
        } else {
            List<AccountHistory> units = touched.dealIds().stream().map(deals::get).filter(Objects::nonNull)
                    .map(AccountHistory::keyOf).distinct().map(changed::unit).flatMap(Optional::stream).toList();
            next = Lazy.of(kept.after(changed.history(), now, units, touched.unlinked()));
        }
        return new Snapshot(changed, now, catalog, null, next, learnedValue.ifComputed() != null ? learnedValue
                : new Lazy<>(() -> ActivityValue.learnedBefore(changed, catalog, now)), winModels);
    }

    Dataset data() {
        return data;
    }

    /**
     * The store's fingerprint when these records were read whole ({@link dev.needle.store.SavedAnswers#fingerprint}),
     * or null once the API's writes changed them: answers are saved for the next start only from a whole read.
     */
    String fingerprint() {
        return fingerprint;
    }

    /** When the records were read: the as-of of the deal flags. */
    Instant takenAt() {
        return takenAt;
    }

    ActivityCatalog catalog() {
        return catalog;
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
        return live.get().hygiene();
    }

    /**
     * The period a view shows as of {@code cutoff}: a period the caller named as is, its days in UTC; else
     * {@code window}, or the data's own last {@link DefaultPeriod#DAYS} days when the data ends before it,
     * in the caller's zone. As of this snapshot the record times come from the kept analyses.
     */
    DefaultPeriod.Chosen period(Instant cutoff, Period window, boolean named, ZoneId callerZone) {
        ZoneId zone = named ? ZoneOffset.UTC : callerZone;
        RecordTimes times = cutoff.equals(takenAt) ? live().recordTimes(zone) : RecordTimes.of(data.history(), cutoff, zone);
        return named ? DefaultPeriod.given(times, window, zone) : DefaultPeriod.choose(times, cutoff, window, DefaultPeriod.DAYS, zone);
    }

    /** Hygiene, the pipeline and the reports, kept by unit so that a write recomputes only what it touched. */
    LiveAnalyses live() {
        return live.get();
    }

    /**
     * The win model for {@code view}, learned by {@code train} once between whole reads: after the API's
     * writes it scores the changed records ({@link WinModel#on}) rather than learning again from every closed deal.
     */
    WinModel winModel(Object view, Supplier<WinModel> train) {
        return winModels.computeIfAbsent(view, key -> new Lazy<>(train)).get();
    }

    /** What each activity type is worth, learned from the records before {@link #takenAt()} at the last whole read. */
    ValueReport learnedValue() {
        return learnedValue.get();
    }

    /**
     * What an endpoint derives from this snapshot for {@code key} (its parameters and the caller's
     * visibility), computed once. Past a couple of thousand keys results are no longer kept, so odd parameters
     * cannot fill the memory.
     */
    @SuppressWarnings("unchecked")
    <T> T derive(Object key, Supplier<T> compute) {
        if (derived.size() >= MAX_DERIVED && !derived.containsKey(key)) return compute.get();
        return (T) derived.computeIfAbsent(key, k -> new Lazy<>((Supplier<Object>) compute)).get();
    }

    /** What a write touched: the deals whose units it changed, and the activities it added on neither deal nor account. */
    record Touched(Set<Long> dealIds, List<Activity> unlinked) {
        static Touched deal(Deal deal) {
            return new Touched(Set.of(deal.id()), List.of());
        }

        /** An activity logged on {@code deal}, or on none. */
        static Touched activity(Deal deal, Activity activity) {
            return deal != null ? deal(deal) : new Touched(Set.of(), List.of(activity));
        }
    }

    /** Computed once, on first use, by whichever thread asks first. */
    private static final class Lazy<T> implements Supplier<T> {
        private Supplier<T> compute;
        private volatile T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        static <T> Lazy<T> of(T value) {
            Lazy<T> done = new Lazy<>(null);
            done.value = value;
            return done;
        }

        @Override
        public T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        value = result = compute.get();
                        compute = null; // what it read may be freed
                    }
                }
            }
            return result;
        }

        /** The value if it has been computed, else null. */
        T ifComputed() {
            return value;
        }
    }
}
