package dev.needle.web;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Dataset;
import dev.needle.store.Store;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * Keeps the current {@link Snapshot}. The API's own writes are applied to it at once (a rep sees what
 * they just logged); an import over HTTP re-reads the store; and a snapshot older than {@code maxAge}
 * is re-read in the background while requests keep being answered from the old one, so that what
 * other processes (a CLI import into PostgreSQL) store shows up too.
 */
final class Snapshots implements AutoCloseable {
    private final Store store;
    private final ActivityCatalog catalog;
    private final Clock clock;
    private final Duration maxAge;
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "needle-snapshot");
        thread.setDaemon(true);
        return thread;
    });
    private Snapshot current;
    /** Counts changes, so a background read that started before a write does not overwrite it. */
    private long generation;
    private boolean refreshing;

    Snapshots(Store store, ActivityCatalog catalog, Clock clock, Duration maxAge) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    synchronized Snapshot current() {
        if (current == null) current = read();
        else if (!refreshing && current.takenAt().plus(maxAge).isBefore(clock.instant())) refreshInBackground();
        return current;
    }

    /** Re-reads the whole store now (after an import). */
    synchronized void reload() {
        generation++;
        current = read();
    }

    /** Applies one of the API's own writes to the snapshot, as the store now holds it. */
    synchronized void apply(UnaryOperator<Dataset> change) {
        generation++;
        Snapshot base = current != null ? current : read();
        current = new Snapshot(change.apply(base.data()), clock.instant(), catalog);
    }

    private void refreshInBackground() {
        refreshing = true;
        long startedAt = generation;
        refresher.execute(() -> {
            Snapshot fresh = null;
            try {
                fresh = read();
            } finally {
                synchronized (this) {
                    if (fresh != null && generation == startedAt) current = fresh;
                    refreshing = false;
                }
            }
        });
    }

    private Snapshot read() {
        return new Snapshot(store.dataset(), clock.instant(), catalog);
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
