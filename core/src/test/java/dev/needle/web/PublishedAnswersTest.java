package dev.needle.web;

import dev.needle.app.PublishedAnswers;
import dev.needle.measure.UnitRunner;
import dev.needle.store.SavedAnswers;
import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.needle.web.RunningApi.Caller.ADMIN;
import static dev.needle.web.RunningApi.Caller.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code needle publish} computes, on any runner, the bytes the server answers an admin for its main views;
 * a server on that store answers them, marked published, to everyone who sees every rep, until the
 * records change.
 */
class PublishedAnswersTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
    private static final List<String> VIEWS = List.of("/api/value", "/api/report", "/api/deals");

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aServerAnswersWhatWasPublishedForItsRecordsAndComputesTheRest(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            List<String> computed = VIEWS.stream().map(path -> api.get(path, ADMIN).body()).toList();
            SavedAnswers saved = api.needle().store().savedAnswers();
            String fingerprint = saved.fingerprint();
            Map<String, byte[]> published = PublishedAnswers.compute(api.needle().store().history(), UnitRunner.parallel(2),
                    api.needle().catalog(), NOW.instant());
            for (int i = 0; i < VIEWS.size(); i++) {
                assertThat(new String(published.get(VIEWS.get(i)), StandardCharsets.UTF_8)).as("published %s", VIEWS.get(i))
                        .isEqualTo(computed.get(i));
            }
            PublishedAnswers.publish(saved, fingerprint, published);
            api.server().close();

            try (ApiServer restarted = api.serveAgain(Runnable::run)) {
                for (int i = 0; i < VIEWS.size(); i++) {
                    Answer answer = api.getFrom(restarted, VIEWS.get(i), ADMIN);
                    assertThat(answer.answeredFrom()).as(VIEWS.get(i)).isEqualTo("published");
                    assertThat(answer.body()).isEqualTo(computed.get(i));
                }
                assertThat(api.getFrom(restarted, "/api/deals", MANAGER).answeredFrom())
                        .as("a manager sees one team: the server's own answer").isNull();
                assertThat(api.getFrom(restarted, "/api/deals?flag=STALLED", ADMIN).answeredFrom())
                        .as("a view with parameters: the server's own answer").isNull();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void answersPublishedBeforeAWriteAreNeverServed(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            SavedAnswers saved = api.needle().store().savedAnswers();
            PublishedAnswers.publish(saved, saved.fingerprint(), PublishedAnswers.compute(api.needle().store().history(),
                    UnitRunner.sequential(), api.needle().catalog(), NOW.instant()));
            assertThat(api.send("POST", "/api/activities", MANAGER, """
                    {"type": "Call", "start": "2026-12-02T10:00:00Z", "durationMinutes": 30, "dealId": %d,
                     "valueForBuyer": "Their peers' rollout costs", "buyerNextStep": "Share their current costs"}"""
                    .formatted(api.deal("d3"))).status()).isEqualTo(201);
            String written = api.get("/api/report", ADMIN).body();
            api.server().close();

            try (ApiServer restarted = api.serveAgain(Runnable::run)) {
                Answer answer = api.getFrom(restarted, "/api/report", ADMIN);
                assertThat(answer.answeredFrom()).isNull();
                assertThat(answer.body()).isEqualTo(written);
            }
        }
    }
}
