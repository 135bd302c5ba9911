package dev.needle.ingest.run;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The bounds a server puts around an import it runs for someone else. The importer checks them before every
 * table row and every calendar, and before it commits; a stopped import rolls back and throws, so nothing is
 * stored. Checking per row costs one counter and one (volatile) read: far below the cost of storing the row.
 *
 * @param maxRows          table rows the import may read, good, skipped and bad alike (a row costs work either way)
 * @param maxCalendarBytes the largest calendar file read: a calendar is parsed whole in memory (several times its
 *                         size), unlike tables, which stream; a larger one is refused as a bad file
 * @param abandoned        true once whoever asked for the import has gone away, so nobody would see its result
 */
public record ImportGuard(long maxRows, long maxCalendarBytes, BooleanSupplier abandoned) {
    /** The CLI's import: the user has the file at hand and sees the progress bar, so no bound is needed. */
    public static final ImportGuard NONE = new ImportGuard(Long.MAX_VALUE, Long.MAX_VALUE, () -> false);

    public ImportGuard {
        if (maxRows < 1) throw new IllegalArgumentException("maxRows must be at least 1");
        if (maxCalendarBytes < 1) throw new IllegalArgumentException("maxCalendarBytes must be at least 1");
        Objects.requireNonNull(abandoned, "abandoned");
    }

    /** Counts rows for one run of the importer; not thread-safe, as a run is one thread. */
    Run start() {
        return new Run();
    }

    final class Run {
        private long rows;

        /** @throws ImportStoppedException when this row is one too many, or nobody waits for the result any more */
        void beforeRow() {
            if (++rows > maxRows) throw new ImportStoppedException.TooManyRows(maxRows);
            checkAbandoned();
        }

        void checkAbandoned() {
            if (abandoned.getAsBoolean()) throw new ImportStoppedException.Abandoned(rows);
        }
    }
}
