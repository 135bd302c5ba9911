package dev.needle.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/** Every transaction that fails because another writer holds the store ends in a {@link StoreBusyException}. */
final class BusyStoreTransactions extends DelegatingTransactionHandler {
    BusyStoreTransactions(TransactionHandler delegate) {
        super(delegate);
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        try {
            return super.inTransaction(handle, callback);
        } catch (RuntimeException e) {
            throw StoreBusyException.translate(e);
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level, HandleCallback<R, X> callback) throws X {
        try {
            return super.inTransaction(handle, level, callback);
        } catch (RuntimeException e) {
            throw StoreBusyException.translate(e);
        }
    }
}
