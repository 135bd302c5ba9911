package dev.needle.cli;

import dev.needle.store.Database;
import dev.needle.testing.Backend;
import dev.needle.testing.ChildNeedle;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, point 12: an import killed with kill -9 leaves its space in the store's files (H2 kept
 * 202 MB for 0 rows). The next open (SQLite: a large write-ahead log) or needle store compact gives
 * it back, and the store is intact.
 */
class KilledImportTest {
    private static final long MB = 1 << 20;
    /** How much the killed import must have written before the kill, so that its space is plain to see. */
    private static final long WRITTEN_BEFORE_KILL = 96 * MB;

    @TempDir
    static Path export;

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"SQLITE", "H2"})
    void anImportKilledMidwayLeavesSpaceThatTheNextOpenOrStoreCompactGivesBack(Backend backend, @TempDir Path home) throws Exception {
        generateOnce();
        (backend == Backend.H2 ? Database.h2(home) : Database.sqlite(home)).close();
        long empty = storeBytes(home);

        Process importing = ChildNeedle.start(home.resolve("import.log"), "--home", home.toString(), "import", export.toString());
        long started = System.nanoTime();
        while (storeBytes(home) < empty + WRITTEN_BEFORE_KILL) {
            assertThat(importing.isAlive()).as("the import ended before it wrote %d MB: %s", WRITTEN_BEFORE_KILL / MB,
                    Files.readString(home.resolve("import.log"))).isTrue();
            Thread.sleep(50);
        }
        importing.destroyForcibly().waitFor();
        long afterKill = storeBytes(home);
        double killedAfter = (System.nanoTime() - started) / 1e9;

        CliRun stats = CliRun.in(home, "stats");
        long afterOpen = storeBytes(home);
        CliRun compact = CliRun.in(home, "store", "compact");
        long afterCompact = storeBytes(home);

        System.out.printf("%s: empty %.1f MB, killed after %.1f s at %.1f MB, after the next open %.1f MB, after store compact %.1f MB%n",
                backend, mb(empty), killedAfter, mb(afterKill), mb(afterOpen), mb(afterCompact));
        assertThat(afterKill).isGreaterThan(empty + WRITTEN_BEFORE_KILL);
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).containsPattern("activities\\s+0\\n").containsPattern("deals\\s+0 ");
        assertThat(compact.exitCode()).as(compact.err()).isZero();
        assertThat(compact.out()).contains("before", "after");
        assertThat(afterCompact).as("back near the empty store's size").isLessThan(empty + 2 * MB);
        assertThat(CliRun.in(home, "stats").out()).containsPattern("activities\\s+0\\n");
    }

    private static synchronized void generateOnce() {
        if (Files.exists(export.resolve("Task.csv")) || Files.exists(export.resolve("planted-effects.json"))) return;
        CliRun generated = CliRun.of(java.util.Map.of(), "generate", export.toString(), "--reps", "150", "--days", "250", "--until", "2026-06-30");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
    }

    private static long storeBytes(Path home) {
        long bytes = 0;
        for (String name : List.of("needle.db", "needle.db-wal", "needle.db-shm", "needle.mv.db")) {
            Path file = home.resolve(name);
            try {
                if (Files.exists(file)) bytes += Files.size(file);
            } catch (IOException e) {
                // a file the other process just removed
                if (Files.exists(file)) throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    private static double mb(long bytes) {
        return bytes / (double) MB;
    }
}
