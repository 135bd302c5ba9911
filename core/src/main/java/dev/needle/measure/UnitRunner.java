package dev.needle.measure;

import dev.needle.domain.AccountHistory;
import dev.needle.domain.OrgHistory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a pure function over every account unit of a history and returns the results in the order the
 * history walked the units, so that what is made of them next is the same however they ran. The
 * sequential runner is the reference. The parallel one reads a history that splits ({@link
 * OrgHistory#split}: a store, by ranges of keys) part by part on each thread, reading and mapping side
 * by side; any other it reads on the caller's thread and maps batches of units on a pool, with a bounded
 * number of batches in flight. Either way memory holds the results and a few units, never the whole history.
 */
public interface UnitRunner {
    <R> List<R> map(OrgHistory history, UnitFunction<R> function);

    /**
     * A unit's function as the runners take it: serializable, so that a runner on other machines (Spark)
     * can send it, with the analysis it belongs to, to where the units are.
     */
    interface UnitFunction<R> extends Function<AccountHistory, R>, Serializable {
    }

    static UnitRunner sequential() {
        return new UnitRunner() {
            @Override
            public <R> List<R> map(OrgHistory history, UnitFunction<R> function) {
                List<R> results = new ArrayList<>();
                history.forEachAccount(unit -> results.add(function.apply(unit)));
                return results;
            }
        };
    }

    /** Batches of units mapped on {@code threads} threads; {@code threads} below 2 runs sequentially. */
    static UnitRunner parallel(int threads) {
        return threads < 2 ? sequential() : new Parallel(threads);
    }

    /** One thread per core. */
    static UnitRunner parallel() {
        return parallel(Runtime.getRuntime().availableProcessors());
    }

    final class Parallel implements UnitRunner {
        private static final int BATCH = 256;
        private final int threads;

        private Parallel(int threads) {
            this.threads = threads;
        }

        @Override
        public <R> List<R> map(OrgHistory history, UnitFunction<R> function) {
            List<OrgHistory> parts = history.split(threads);
            return parts.size() > 1 ? mapParts(parts, function) : mapBatches(history, function);
        }

        private <R> List<R> mapParts(List<OrgHistory> parts, UnitFunction<R> function) {
            ExecutorService pool = pool(parts.size());
            try {
                ArrayDeque<Future<List<R>>> inOrder = new ArrayDeque<>();
                for (OrgHistory part : parts) inOrder.add(pool.submit(() -> sequential().map(part, function)));
                List<R> results = new ArrayList<>();
                while (!inOrder.isEmpty()) results.addAll(take(inOrder));
                return results;
            } finally {
                pool.shutdownNow();
            }
        }

        private <R> List<R> mapBatches(OrgHistory history, Function<AccountHistory, R> function) {
            ExecutorService pool = pool(threads);
            try {
                List<R> results = new ArrayList<>();
                ArrayDeque<Future<List<R>>> inFlight = new ArrayDeque<>();
                List<AccountHistory>[] batch = new List[]{new ArrayList<>(BATCH)};
                history.forEachAccount(unit -> {
                    batch[0].add(unit);
                    if (batch[0].size() < BATCH) return;
                    submit(pool, inFlight, batch[0], function);
                    batch[0] = new ArrayList<>(BATCH);
                    while (inFlight.size() > 4 * threads) results.addAll(take(inFlight));
                });
                if (!batch[0].isEmpty()) submit(pool, inFlight, batch[0], function);
                while (!inFlight.isEmpty()) results.addAll(take(inFlight));
                return results;
            } finally {
                pool.shutdownNow();
            }
        }

        private static ExecutorService pool(int threads) {
            return Executors.newFixedThreadPool(threads, runnable -> {
                Thread thread = new Thread(runnable, "needle-units");
                thread.setDaemon(true);
                return thread;
            });
        }

        private static <R> void submit(ExecutorService pool, ArrayDeque<Future<List<R>>> inFlight, List<AccountHistory> units,
                                       Function<AccountHistory, R> function) {
            inFlight.add(pool.submit(() -> {
                List<R> mapped = new ArrayList<>(units.size());
                for (AccountHistory unit : units) mapped.add(function.apply(unit));
                return mapped;
            }));
        }

        private static <R> List<R> take(ArrayDeque<Future<List<R>>> inFlight) {
            try {
                return inFlight.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while analysing units", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) throw runtime;
                if (e.getCause() instanceof Error error) throw error;
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
