package dev.needle.web;

import dev.needle.testing.Backend;
import dev.needle.web.RunningApi.Answer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import static dev.needle.web.RunningApi.Caller.MANAGER;
import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restarted server answers what it answered before, from the answers it saved, while it reads the store
 * again; once the store has changed (an API write, an import), it answers nothing saved and waits for its read.
 */
class EarlyAnswersTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-03T09:00:00Z"), ZoneOffset.UTC);
    private static final List<String> VIEWS = List.of("/api/report", "/api/deals", "/api/value", "/api/forecast?period=quarter");

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void aRestartedServerAnswersFromWhatItSavedUntilItsFirstReadIsIn(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            List<String> before = VIEWS.stream().map(path -> api.get(path, MANAGER).body()).toList();
            api.server().close();
            HeldRead read = new HeldRead();

            try (ApiServer restarted = api.serveAgain(read)) {
                for (int i = 0; i < VIEWS.size(); i++) {
                    Answer early = api.getFrom(restarted, VIEWS.get(i), MANAGER);
                    assertThat(early.answeredFrom()).as(VIEWS.get(i)).isEqualTo("saved");
                    assertThat(early.body()).as(VIEWS.get(i)).isEqualTo(before.get(i));
                }
                assertThat(read.held()).as("no request waited for the store").isTrue();
                assertThat(api.getFrom(restarted, "/api/me", REP).status()).as("who the caller is needs only the reps").isEqualTo(200);

                read.release();
                Answer read_ = api.getFrom(restarted, "/api/report", MANAGER);
                assertThat(read_.answeredFrom()).as("answered from its own read").isNull();
                assertThat(read_.body()).isEqualTo(before.get(0));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.needle.testing.Backend#all")
    void afterAWriteARestartedServerWaitsForItsReadAndShowsTheWrite(Backend backend) {
        try (RunningApi api = RunningApi.start(backend, NOW)) {
            String before = api.get("/api/report", MANAGER).body();
            assertThat(api.send("POST", "/api/activities", MANAGER, """
                    {"type": "Call", "start": "2026-12-02T10:00:00Z", "durationMinutes": 30, "dealId": %d,
                     "valueForBuyer": "Their peers' rollout costs", "buyerNextStep": "Share their current costs"}"""
                    .formatted(api.deal("d3"))).status()).isEqualTo(201);
            String written = api.get("/api/report", MANAGER).body();
            api.server().close();
            HeldRead read = new HeldRead();

            try (ApiServer restarted = api.serveAgain(read)) {
                CompletableFuture<Answer> report = CompletableFuture.supplyAsync(() -> api.getFrom(restarted, "/api/report", MANAGER));
                read.release();
                Answer answer = report.join();

                assertThat(answer.answeredFrom()).as("the answer saved before the write is never served").isNull();
                assertThat(answer.body()).isEqualTo(written).isNotEqualTo(before);
            }
        }
    }

    /** Runs the server's first read only when released, as a slow read of a big store would. */
    private static final class HeldRead implements Executor {
        private Runnable read;

        @Override
        public synchronized void execute(Runnable command) {
            read = command;
        }

        synchronized boolean held() {
            return read != null;
        }

        /** Runs the read now, on this thread: the next request finds it in. */
        void release() {
            Runnable held;
            synchronized (this) {
                held = read;
                read = null;
            }
            held.run();
        }
    }
}
