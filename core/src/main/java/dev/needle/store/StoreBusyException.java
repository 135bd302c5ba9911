package dev.needle.store;

import dev.needle.domain.NeedleException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.time.Duration;

/**
 * A write that waited for the store's write lock and gave up: on SQLite another process (most often a
 * long all-or-nothing import) held it for longer than the busy timeout; on H2 a lock timeout. Nothing
 * of the write is stored; the same write succeeds once the other one ends.
 */
public class StoreBusyException extends NeedleException {
    /** When a client may try again: about the busy timeout the write already waited. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** H2's ErrorCode.LOCK_TIMEOUT_1. */
    private static final int H2_LOCK_TIMEOUT = 50200;

    public static final String MESSAGE = "the store is busy: another process (an import?) is writing; try again when it ends";

    StoreBusyException(Throwable cause) {
        super(MESSAGE, cause);
    }

    /** {@code failure} as a StoreBusyException when a busy store caused it; else {@code failure} itself. */
    static RuntimeException translate(RuntimeException failure) {
        return failure instanceof StoreBusyException || !causedByBusyStore(failure) ? failure : new StoreBusyException(failure);
    }

    /** Whether SQLITE_BUSY (or H2's lock timeout) is anywhere in the cause chain. */
    public static boolean causedByBusyStore(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StoreBusyException) return true;
            if (cause instanceof SQLiteException sqlite && isBusy(sqlite)) return true;
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_LOCK_TIMEOUT) return true;
        }
        return false;
    }

    private static boolean isBusy(SQLiteException sqlite) {
        SQLiteErrorCode code = sqlite.getResultCode();
        // the primary code is the low byte: SQLITE_BUSY_SNAPSHOT and SQLITE_BUSY_TIMEOUT are busy too
        return code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
    }
}
