package dev.needle.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuckDbBaselineTest {
    @TempDir
    Path export;

    @Test
    void theIngestStoresEveryRowOfEveryCsvIntoADatabaseFile() throws Exception {
        Files.writeString(export.resolve("Account.csv"), "Id,Name\n001A,Acme\n001B,Globex\n");
        Files.writeString(export.resolve("Task.csv"), "Id,OwnerId,Type,IsClosed,CallDurationInSeconds\n00T1,005A,Call,true,60\n");
        Files.writeString(export.resolve("notes.txt"), "not a table");

        DuckDbBaseline.Ingest ingest = DuckDbBaseline.ingest(export, export.resolve("duck.db"));

        assertThat(ingest.rows()).isEqualTo(3);
        assertThat(ingest.tables()).isEqualTo(2);
        assertThat(export.resolve("duck.db")).exists();
    }

    @Test
    void withoutTheDriverTheBaselineSaysWhereItShouldBe() throws Exception {
        // needle.jar without target/bench-lib: Needle's own classes, nothing of DuckDB's
        URL classes = DuckDbBaseline.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader withoutDuckDb = new URLClassLoader(new URL[]{classes}, ClassLoader.getPlatformClassLoader())) {
            Class<?> baseline = withoutDuckDb.loadClass(DuckDbBaseline.class.getName());

            assertThatThrownBy(() -> invoke(baseline, "requireDriver"))
                    .hasMessageContaining("target/bench-lib/duckdb_jdbc-").hasMessageContaining("run ./needle bench from a source checkout")
                    .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo(DuckDbMissingException.class.getName()));
        }
    }

    @Test
    void withTheDriverTheBaselineRuns() {
        DuckDbBaseline.requireDriver();
    }

    private static void invoke(Class<?> type, String method) throws Throwable {
        try {
            type.getMethod(method).invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
