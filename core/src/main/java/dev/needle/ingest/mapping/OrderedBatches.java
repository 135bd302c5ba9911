package dev.needle.ingest.mapping;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a pure function to a stream of items on worker threads, a batch at a time, and hands the results on
 * in the order the items came, on the thread that adds them. At most {@link Parallelism#batchesInFlight()} batches
 * are being worked on, so memory stays bounded however long the stream is.
 */
final class OrderedBatches<I, O> implements AutoCloseable {
    private final Function<I, O> work;
    private final Consumer<O> next;
    private final Parallelism parallelism;
    private final Deque<Future<List<O>>> inFlight = new ArrayDeque<>();
    private List<I> batch = new ArrayList<>();
    /** Started with the second batch: a stream of one batch (most files in tests, small exports) needs no threads. */
    private ExecutorService workers;

    /**
     * How items are worked on.
     *
     * @param workers   threads besides the one adding items; 0 works on every item on that thread as it is added
     * @param batchSize items handed to a worker at once: enough to make the hand-over cheap, few enough to keep it busy
     */
    record Parallelism(int workers, int batchSize) {
        /** One item at a time on the adding thread, as if there were no batches. */
        static final Parallelism SEQUENTIAL = new Parallelism(0, 1);

        Parallelism {
            if (workers < 0 || batchSize < 1) throw new IllegalArgumentException("workers >= 0 and batchSize >= 1");
        }

        /** A worker per core: the adding thread mostly waits for them, and for the database. */
        static Parallelism ofThisMachine() {
            int cores = Runtime.getRuntime().availableProcessors();
            return new Parallelism(cores < 2 ? 0 : cores, 2048);
        }

        int batchesInFlight() {
            return 2 * workers;
        }
    }

    OrderedBatches(Function<I, O> work, Consumer<O> next, Parallelism parallelism) {
        this.work = work;
        this.next = next;
        this.parallelism = parallelism;
    }

    /** Takes one item; results of earlier items may be handed on meanwhile, and whatever {@code next} throws leaves here. */
    void add(I item) {
        batch.add(item);
        if (batch.size() >= parallelism.batchSize()) dispatch(false);
    }

    /** Hands on the results of every item added so far. */
    void finish() {
        if (!batch.isEmpty()) dispatch(true);
        while (!inFlight.isEmpty()) handOn(await(inFlight.removeFirst()));
    }

    private void dispatch(boolean last) {
        List<I> items = batch;
        batch = new ArrayList<>(parallelism.batchSize());
        if (parallelism.workers() == 0 || last && inFlight.isEmpty() && workers == null) {
            handOn(workOn(items));
            return;
        }
        while (inFlight.size() >= parallelism.batchesInFlight()) handOn(await(inFlight.removeFirst()));
        inFlight.addLast(workers().submit(() -> workOn(items)));
        while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) handOn(await(inFlight.removeFirst()));
    }

    private List<O> workOn(List<I> items) {
        List<O> results = new ArrayList<>(items.size());
        for (I item : items) results.add(work.apply(item));
        return results;
    }

    private void handOn(List<O> results) {
        for (O result : results) next.accept(result);
    }

    private ExecutorService workers() {
        if (workers == null) workers = Executors.newFixedThreadPool(parallelism.workers(), new Daemons());
        return workers;
    }

    private static <T> List<T> await(Future<List<T>> results) {
        try {
            return results.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for rows to be mapped");
        }
    }

    /** Stops the workers; batches still in flight are dropped (after a failure, or when the caller stopped early). */
    @Override
    public void close() {
        if (workers != null) workers.shutdownNow();
    }

    /** Daemon threads, so that an import abandoned half-way never keeps the process alive. */
    private static final class Daemons implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "needle-mapping-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
