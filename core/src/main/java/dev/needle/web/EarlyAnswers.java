package dev.needle.web;

import dev.needle.auth.Principal;
import dev.needle.domain.Sha256;
import dev.needle.store.SavedAnswers;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What a restarted server answers before its first read of the store is in. Every GET answer computed
 * from a snapshot read whole from the store is saved in the store with the store's fingerprint at that
 * read (in the background, once per body). At start, the answers saved at the store's current
 * fingerprint are loaded and served, marked {@value #HEADER}: saved, until the first snapshot is ready.
 * An import or an API write since gives another fingerprint, so nothing older than the store is served;
 * each answer says its own as-of.
 */
final class EarlyAnswers implements AutoCloseable {
    static final String HEADER = "Needle-Answer";
    private static final Logger LOG = LoggerFactory.getLogger(EarlyAnswers.class);
    /** Answers kept at once: one per route, parameters and caller in use, so a few hundred cover a team's dashboards. */
    private static final int MAX_SAVED = 512;
    private static final int MAX_KEY = 2000;
    private final SavedAnswers store;
    private final Map<String, byte[]> atStart;
    private final String fingerprintAtStart;
    private final Map<String, byte[]> lastSaved = new ConcurrentHashMap<>();
    private final ExecutorService saver = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "needle-saved-answers");
        thread.setDaemon(true);
        return thread;
    });

    private EarlyAnswers(SavedAnswers store, Map<String, byte[]> atStart, String fingerprintAtStart) {
        this.store = store;
        this.atStart = atStart;
        this.fingerprintAtStart = fingerprintAtStart;
    }

    /** The answers saved at the store's fingerprint now (those of any other are deleted). */
    static EarlyAnswers load(SavedAnswers store) {
        String fingerprint = store.fingerprint();
        return new EarlyAnswers(store, Map.copyOf(store.at(fingerprint)), fingerprint);
    }

    /** The answer saved by an earlier run for this request and caller, or null. */
    byte[] saved(Context ctx, Principal caller) {
        return atStart.isEmpty() ? null : atStart.get(key(ctx, caller));
    }

    /**
     * The answer {@code needle publish} computed (on Spark, say) for this request, when the caller sees every
     * rep and asks with no parameters, and the records are still those it was computed from: the server's
     * read of them ({@code current}: its fingerprint, or null while the read is not in) is at the fingerprint
     * the answer was published at.
     */
    byte[] published(Context ctx, Principal caller, Snapshot current) {
        if (atStart.isEmpty() || !caller.visibility().everything() || ctx.queryString() != null && !ctx.queryString().isEmpty()) return null;
        if (current != null && !fingerprintAtStart.equals(current.fingerprint())) return null;
        return atStart.get(SavedAnswers.publishedKey(ctx.path()));
    }

    /** Saves an answer computed from records read whole at {@code fingerprint} (null: records changed by writes since, not saved). */
    void keep(Context ctx, Principal caller, String fingerprint, byte[] body) {
        if (fingerprint == null) return;
        String key = key(ctx, caller);
        if (key.length() > MAX_KEY || lastSaved.get(key) == body || lastSaved.size() >= MAX_SAVED && !lastSaved.containsKey(key)) return;
        lastSaved.put(key, body);
        saver.execute(() -> {
            try {
                store.save(key, fingerprint, body);
            } catch (RuntimeException e) {
                // a busy store (a long import) only costs the next start its early answer
                LOG.debug("could not save the answer to {}", key, e);
            }
        });
    }

    /** The request (method, path, query) and who asks: user, role and the reps they may see. */
    private static String key(Context ctx, Principal caller) {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        String visible = caller.visibility().everything() ? "all"
                : caller.visibility().repIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        return ctx.method() + " " + ctx.path() + query + " " + caller.user().email() + " " + caller.role().label() + " " + Sha256.hex(visible);
    }

    /** Stops after the answers being saved are written, so that a stopped server's next start has them. */
    @Override
    public void close() throws InterruptedException {
        saver.shutdown();
        saver.awaitTermination(10, TimeUnit.SECONDS);
    }
}
