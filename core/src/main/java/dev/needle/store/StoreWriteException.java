package dev.needle.store;

import java.sql.SQLException;

/** The database refused rows an import sent: a fault of the store or of Needle, not of a row (those are row errors). */
final class StoreWriteException extends RuntimeException {
    StoreWriteException(String table, SQLException cause) {
        super("writing " + table + " rows failed: " + cause.getMessage(), cause);
    }
}
