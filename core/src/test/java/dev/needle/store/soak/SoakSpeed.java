package dev.needle.store.soak;

import dev.needle.app.Needle;
import dev.needle.catalog.ActivityCatalog;
import dev.needle.ingest.ImportReport;
import dev.needle.store.Database;
import dev.needle.testing.Imports;

import java.nio.file.Path;

/**
 * Import speed of one store, in a JVM of its own without assertions (H2's assertions cost it much
 * more than SQLite's native code): imports {@code ORG} into a fresh store at {@code JDBC_URL} and
 * prints the rows stored per second, timed around the import alone.
 *
 * <p>{@code java -cp … dev.needle.store.soak.SoakSpeed JDBC_URL ORG}
 */
public final class SoakSpeed {
    private SoakSpeed() {
    }

    public static void main(String[] args) {
        try (Needle needle = Needle.using(Database.open(args[0], null, null), ActivityCatalog.defaults())) {
            long started = System.nanoTime();
            ImportReport report = Imports.run(needle, Imports.allOrNothing(), Path.of(args[1]));
            double seconds = (System.nanoTime() - started) / 1e9;
            if (!report.committed()) throw new IllegalStateException("the import failed: " + report.errors());
            System.out.printf("ROWS %d SECONDS %.3f%n", report.rowsStored(), seconds);
        }
        System.exit(0);
    }
}
