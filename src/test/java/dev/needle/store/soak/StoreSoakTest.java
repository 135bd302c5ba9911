package dev.needle.store.soak;

import dev.needle.testing.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded stores' integrity under imports, API writes and {@code kill -9} (issue 15): see
 * docs/store-soak.md. By default a short form, three cycles per arm; the long form prints a table:
 * <pre>mvn -o test -Dtest=StoreSoakTest -Dneedle.soak.cycles=60 [-Dneedle.soak.arms=h2,h2-default]
 *     [-Dneedle.soak.url='jdbc:…{dir}…']</pre>
 */
class StoreSoakTest {
    /** The arms by name; {@code {dir}} in a URL is a fresh directory per store. */
    static final Map<String, String> ARMS = new LinkedHashMap<>();

    static {
        // as Database.embedded opens it on any machine with 2 GB of heap or more (an eighth of the heap, at most 256 MB)
        ARMS.put("h2", "jdbc:h2:file:{dir}/needle;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=262144");
        ARMS.put("h2-default", "jdbc:h2:file:{dir}/needle");
        // WAL, synchronous=FULL, busy_timeout and the rest are set by Database for any jdbc:sqlite: URL
        ARMS.put("sqlite", "jdbc:sqlite:{dir}/needle.db");
    }

    @TempDir
    Path work;

    @Test
    void everyArmReopensWithTheCommittedHistoryAfterKills() throws Exception {
        int cycles = Integer.getInteger("needle.soak.cycles", 3);
        List<StoreSoak.Result> results = new ArrayList<>();
        List<Double> speeds = new ArrayList<>();
        for (Map.Entry<String, String> arm : arms().entrySet()) {
            StoreSoak.Arm soaked = new StoreSoak.Arm(arm.getKey(), dir -> arm.getValue().replace("{dir}", dir.toString()));
            results.add(new StoreSoak(soaked, () -> Backend.POSTGRES.freshUrl(null), work, 15, cycles > 3).run(cycles));
            speeds.add(cycles > 3 ? StoreSoak.rowsPerSecond(soaked, work) : Double.NaN);
        }
        System.out.println(table(results, speeds));
        for (StoreSoak.Result result : results) {
            assertThat(result.corruptions()).as(result.arm + ": " + String.join("\n", result.problems)).isZero();
        }
    }

    private static Map<String, String> arms() {
        Map<String, String> chosen = new LinkedHashMap<>();
        String custom = System.getProperty("needle.soak.url");
        if (custom != null) chosen.put("custom", custom);
        String names = System.getProperty("needle.soak.arms");
        if (names == null && custom == null) return ARMS;
        if (names != null) Arrays.stream(names.split(",")).map(String::strip).forEach(name -> chosen.put(name, ARMS.get(name)));
        return chosen;
    }

    static String table(List<StoreSoak.Result> results, List<Double> speeds) {
        StringBuilder text = new StringBuilder(String.format("%n%-34s", "store soak"));
        results.forEach(r -> text.append(String.format("%-16s", r.arm)));
        text.append('\n');
        row(text, "cycles", results, r -> r.cycles);
        row(text, "imports completed", results, r -> r.importsCompleted);
        row(text, "imports killed (committed first)", results, r -> r.importsKilled + " (" + r.killedButCommitted + ")");
        row(text, "API cycles (server killed)", results, r -> r.apiCycles);
        row(text, "writes acknowledged", results, r -> r.writesAcknowledged);
        row(text, "in flight (stored)", results, r -> r.writesInFlight + " (" + r.inFlightStored + ")");
        row(text, "writes refused", results, r -> r.writesRefused);
        row(text, "failed opens", results, r -> r.failedOpens);
        row(text, "AssertionErrors", results, r -> r.assertionErrors);
        row(text, "tables differing from PostgreSQL", results, r -> r.mismatches);
        row(text, "acknowledged writes lost", results, r -> r.lostWrites);
        row(text, "rows stored by completed imports", results, r -> String.format("%,d", r.rowsImported));
        text.append(String.format("%-34s", "rows/s, medium org (in-process)"));
        speeds.forEach(s -> text.append(String.format("%-16s", s.isNaN() ? "-" : String.format("%,.0f", s))));
        text.append('\n');
        results.forEach(r -> text.append(r.arm).append(" multi-process: ").append(r.multiProcess).append('\n'));
        results.forEach(r -> r.problems.forEach(p -> text.append(r.arm).append(": ").append(p).append('\n')));
        return text.toString();
    }

    private static void row(StringBuilder text, String label, List<StoreSoak.Result> results,
                            java.util.function.Function<StoreSoak.Result, Object> cell) {
        text.append(String.format("%-34s", label));
        results.forEach(r -> text.append(String.format("%-16s", cell.apply(r))));
        text.append('\n');
    }
}
