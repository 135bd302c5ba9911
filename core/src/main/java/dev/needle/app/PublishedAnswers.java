package dev.needle.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.Rep;
import dev.needle.measure.DealHygiene;
import dev.needle.measure.HygieneReport;
import dev.needle.measure.UnitRunner;
import dev.needle.store.SavedAnswers;
import dev.needle.view.DealsDocument;
import dev.needle.view.Documents;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The API's answers to its main views for a caller who sees every rep ({@code GET /api/value},
 * {@code /api/report}, {@code /api/deals}, no parameters), computed on any runner — on Spark, for a store
 * too large for the server to analyse — and published into the store at its fingerprint, where
 * {@code needle serve} answers them ({@code Needle-Answer: published}) until the store changes.
 */
public final class PublishedAnswers {
    /** The API's own writer, so that a published answer is the bytes the server would send. */
    private static final ObjectMapper JSON = Documents.mapper();

    private PublishedAnswers() {
    }

    /** Each view's JSON, by path, as of {@code now}. */
    public static Map<String, byte[]> compute(OrgHistory history, UnitRunner runner, ActivityCatalog catalog, Instant now) {
        Map<String, byte[]> answers = new LinkedHashMap<>();
        answers.put("/api/value", json(ValueQuery.run(history, runner, catalog, ValueQuery.cutoffAt(now), ValueQuery.Request.DEFAULT).document()));
        answers.put("/api/report", json(ReportQuery.run(history, runner, catalog, now, ReportQuery.Request.DEFAULT, null).document()));
        HygieneReport hygiene = DealHygiene.check(history, runner, catalog, now);
        Map<Long, Rep> reps = history.reps().stream().collect(Collectors.toMap(Rep::id, Function.identity()));
        answers.put("/api/deals", json(DealsDocument.of(hygiene, DealsDocument.listed(hygiene, java.util.List.of()), reps)));
        return answers;
    }

    /** Saves the answers at {@code fingerprint}, the store's when the history was read (read it before the history). */
    public static void publish(SavedAnswers store, String fingerprint, Map<String, byte[]> answers) {
        answers.forEach((path, body) -> store.save(SavedAnswers.publishedKey(path), fingerprint, body));
    }

    private static byte[] json(Object document) {
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an answer as JSON", e);
        }
    }
}
