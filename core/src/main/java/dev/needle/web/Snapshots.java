package dev.needle.web;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Dataset;
import dev.needle.domain.Rep;
import dev.needle.store.Store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * Keeps the current {@link Snapshot}. The API's own writes are applied to it at once (a rep sees what
 * they just logged); an import over HTTP re-reads the store. Every {@code checkEvery}, one request
 * also starts a background check of the store's version: when another process (a CLI import into
 * PostgreSQL) committed an import meanwhile, the store is re-read in the background while requests
 * keep being answered from the old snapshot. Without imports, the snapshot is still renewed every
 * {@link #AS_OF_EVERY} from the same records, so that deal flags follow the clock (a next action due
 * today is overdue tomorrow). A renewed snapshot derives its hygiene report, workloads and value model
 * before it is swapped in; between renewals, the API's writes recompute only the units they touched. Reading the current snapshot takes no lock.
 */
final class Snapshots implements AutoCloseable {
    static final Duration AS_OF_EVERY = Duration.ofMinutes(10);
    private final Store store;
    private final ActivityCatalog catalog;
    private final Clock clock;
    private final Duration checkEvery;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "needle-snapshot");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Snapshot current;
    /** The store version the current snapshot reflects. */
    private volatile long version;
    private volatile Instant nextCheck;
    /** Counts changes, so a background read that started before a write does not overwrite it. */
    private long generation;
    private boolean checking;

    Snapshots(Store store, ActivityCatalog catalog, Clock clock, Duration checkEvery) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.nextCheck = clock.instant().plus(checkEvery);
    }

    /** Starts the first read of the store now on {@code reader} (null: a thread of its own), rather than on the first request. */
    void startReading(Executor reader) {
        (reader != null ? reader : checker).execute(this::first);
    }

    /** Whether the first read is in: until then {@link #current()} waits for it. */
    boolean ready() {
        return current != null;
    }

    /** The reps, also before the first read is in (then read on their own: they are few). */
    List<Rep> reps() {
        Snapshot snapshot = current;
        return snapshot != null ? snapshot.data().reps() : store.reps();
    }

    Snapshot current() {
        Snapshot snapshot = current;
        if (snapshot == null) return first();
        if (clock.instant().isAfter(nextCheck)) checkInBackground();
        return snapshot;
    }

    private synchronized Snapshot first() {
        if (current == null) {
            version = store.version();
            current = read();
        }
        return current;
    }

    /** Re-reads the whole store now (after an import). */
    synchronized void reload() {
        generation++;
        version = store.version();
        current = read();
    }

    /** Applies one of the API's own writes to the snapshot, as the store now holds it; {@code touched} says where it wrote. */
    synchronized void apply(UnaryOperator<Dataset> change, Snapshot.Touched touched) {
        generation++;
        // without a snapshot yet, a fresh read holds the write already
        current = current == null ? read() : current.after(change.apply(current.data()), clock.instant(), touched);
    }

    private synchronized void checkInBackground() {
        if (checking || !clock.instant().isAfter(nextCheck)) return;
        checking = true;
        long startedAt = generation;
        checker.execute(() -> {
            try {
                long stored = store.version();
                Snapshot old = current;
                boolean due = old.takenAt().plus(AS_OF_EVERY).isBefore(clock.instant());
                // after the API's own writes, a due renewal reads everything again: one whole walk, and answers worth saving
                Snapshot fresh = stored != version || due && old.fingerprint() == null ? read()
                        : due ? new Snapshot(old.data(), clock.instant(), catalog, old.fingerprint())
                        : null;
                if (fresh != null) {
                    fresh.hygiene();
                    fresh.workloads();
                    fresh.learnedValue();
                    synchronized (this) {
                        if (generation == startedAt) {
                            current = fresh;
                            version = stored;
                        }
                    }
                }
            } finally {
                synchronized (this) {
                    checking = false;
                    nextCheck = clock.instant().plus(checkEvery);
                }
            }
        });
    }

    private Snapshot read() {
        // the fingerprint before the records: a write in between makes the snapshot look older than it is, never newer
        String fingerprint = store.savedAnswers().fingerprint();
        return new Snapshot(store.dataset(), clock.instant(), catalog, fingerprint);
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
