package dev.needle.web;

import dev.needle.cli.Main;
import dev.needle.store.Database;
import dev.needle.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.needle.web.RunningApi.Caller.REP;
import static org.assertj.core.api.Assertions.assertThat;

/** needle backup while needle serve takes API writes: the copy is one consistent snapshot, and the writes go on. */
class BackupWhileServingTest {

    @Test
    void aBackupTakenWhileTheServerTakesApiWritesOpensAsAValidStore(@TempDir Path backups, @TempDir Path restored) throws Exception {
        try (RunningApi api = RunningApi.start(Backend.SQLITE)) {
            Path home = Path.of(api.needle().databaseDescription().substring("jdbc:sqlite:".length())).getParent();
            String activity = """
                    {"type": "Call", "start": "2026-11-20T15:00:00Z", "durationMinutes": 20, "dealId": %d,
                     "valueForBuyer": "Answers on security", "buyerNextStep": "Send the questionnaire"}""".formatted(api.deal("d1"));
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger written = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (writing.get()) {
                    if (api.send("POST", "/api/activities", REP, activity).status() == 201) written.incrementAndGet();
                    else failed.incrementAndGet();
                }
            });
            writer.start();
            while (written.get() < 20) Thread.sleep(10);
            Path backup = backups.resolve("while-serving.db");
            int before = written.get();

            int code;
            // one more writer holds the write lock through the backup: VACUUM INTO reads a snapshot and does not wait for it
            try (Connection other = DriverManager.getConnection(api.needle().databaseDescription());
                 Statement statement = other.createStatement()) {
                statement.execute("begin immediate");
                statement.execute("delete from activity");
                code = run("--home", home.toString(), "backup", backup.toString());
                statement.execute("rollback");
            }
            while (written.get() < before + 20) Thread.sleep(10);
            writing.set(false);
            writer.join();

            assertThat(code).isZero();
            assertThat(failed.get()).as("API writes wait for the lock the test holds through the backup, and then succeed").isZero();
            assertThat(run("--home", restored.toString(), "restore", backup.toString())).as("the backup validates").isZero();
            try (Database copy = Database.sqlite(restored)) {
                long activities = copy.jdbi().withHandle(handle -> handle.createQuery("select count(*) from activity").mapTo(Long.class).one());
                long logged = copy.jdbi().withHandle(handle -> handle.createQuery("select count(*) from activity where source = 'needle-api'")
                        .mapTo(Long.class).one());
                assertThat(activities).as("the snapshot has the imported org, not the held transaction's delete").isGreaterThan(logged);
                assertThat(logged).isBetween((long) before, (long) written.get());
            }
        }
    }

    private static int run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err), Map.of());
        assertThat(err.toString()).isEmpty();
        return code;
    }
}
