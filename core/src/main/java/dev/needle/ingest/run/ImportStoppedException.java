package dev.needle.ingest.run;

import dev.needle.domain.NeedleException;

/** An import stopped part-way by its {@link ImportGuard}; it was rolled back, so nothing of it is stored. */
public abstract class ImportStoppedException extends NeedleException {
    ImportStoppedException(String message) {
        super(message);
    }

    /** The import holds more table rows than the guard allows. */
    public static final class TooManyRows extends ImportStoppedException {
        private final long maxRows;

        TooManyRows(long maxRows) {
            super(String.format("the import holds more than %,d rows; nothing was stored", maxRows));
            this.maxRows = maxRows;
        }

        public long maxRows() {
            return maxRows;
        }
    }

    /** Whoever asked for the import went away before it finished. */
    public static final class Abandoned extends ImportStoppedException {
        Abandoned(long rowsRead) {
            super(String.format("the import was abandoned by its requester after %,d rows; nothing was stored", rowsRead));
        }
    }
}
