package dev.needle.web;

import dev.needle.cli.Main;
import dev.needle.store.StoreBusyException;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQLite has one writer. While another process holds the write lock (a long all-or-nothing import),
 * an API write waits the busy timeout and then answers 503 with Retry-After, and the CLI says the store
 * is busy; both succeed once the other writer commits.
 */
class BusyStoreTest {
    /** The busy timeout (5 s) plus the request itself. */
    private static final Duration BOUND = Duration.ofSeconds(8);

    @Test
    void anApiWriteWhileAnotherProcessWritesAnswers503WithRetryAfterAndSucceedsAfterItCommits() throws SQLException {
        try (RunningApi api = RunningApi.start(Backend.SQLITE)) {
            String activity = """
                    {"type": "Call", "start": "2026-11-20T15:00:00Z", "durationMinutes": 20, "dealId": %d,
                     "valueForBuyer": "Answers on security", "buyerNextStep": "Send the questionnaire"}""".formatted(api.deal("d1"));
            try (Connection other = DriverManager.getConnection(api.needle().databaseDescription());
                 Statement statement = other.createStatement()) {
                statement.execute("begin immediate");

                long start = System.nanoTime();
                RunningApi.Answer busy = api.send("POST", "/api/activities", REP, activity);
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(busy.status()).as(busy.body()).isEqualTo(503);
                assertThat(busy.retryAfter()).isEqualTo("5");
                assertThat(busy.json().path("message").asText()).isEqualTo(StoreBusyException.MESSAGE);
                assertThat(took).isLessThan(BOUND);
                statement.execute("commit");
            }
            assertThat(api.send("POST", "/api/activities", REP, activity).status()).isEqualTo(201);
        }
    }

    @Test
    void aCliWriteWhileAnotherProcessWritesSaysTheStoreIsBusyAndFails() throws SQLException {
        try (RunningApi api = RunningApi.start(Backend.SQLITE)) {
            Path home = Path.of(api.needle().databaseDescription().substring("jdbc:sqlite:".length())).getParent();
            try (Connection other = DriverManager.getConnection(api.needle().databaseDescription());
                 Statement statement = other.createStatement()) {
                statement.execute("begin immediate");

                StringWriter err = new StringWriter();
                int code = Main.run(new String[]{"--home", home.toString(), "user", "add", "ops@test.example", "--name", "Ops"},
                        new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());

                assertThat(code).isEqualTo(1);
                assertThat(err.toString()).isEqualTo("needle: " + StoreBusyException.MESSAGE + System.lineSeparator());
                statement.execute("commit");
            }
        }
    }

    @Test
    void aCliReadWhileAnotherProcessWritesAnswersWithoutWaiting() throws SQLException {
        try (RunningApi api = RunningApi.start(Backend.SQLITE)) {
            Path home = Path.of(api.needle().databaseDescription().substring("jdbc:sqlite:".length())).getParent();
            try (Connection other = DriverManager.getConnection(api.needle().databaseDescription());
                 Statement statement = other.createStatement()) {
                statement.execute("begin immediate");

                long start = System.nanoTime();
                StringWriter err = new StringWriter();
                int code = Main.run(new String[]{"--home", home.toString(), "stats"}, new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());

                assertThat(code).as(err.toString()).isZero();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
                statement.execute("commit");
            }
        }
    }
}
