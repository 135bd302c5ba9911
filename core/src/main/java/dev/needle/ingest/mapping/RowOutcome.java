package dev.needle.ingest.mapping;

import dev.needle.ingest.RowError;

/** What became of one table row once mapped: a record to take in, a row left out, or a row refused. */
sealed interface RowOutcome {
    RowOutcome SKIPPED = new Skipped();

    /** @param record one of the {@link dev.needle.ingest.Incoming} records */
    record Mapped(long line, Record record) implements RowOutcome {
    }

    /** Left out on purpose (a deleted record). */
    record Skipped() implements RowOutcome {
    }

    record Refused(RowError error) implements RowOutcome {
    }

    /** Mapping broke down (a bug, not bad data): raised where the row is taken in, so rows before it still are. */
    record Failed(RuntimeException failure) implements RowOutcome {
    }
}
