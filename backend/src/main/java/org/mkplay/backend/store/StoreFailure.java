package org.mkplay.backend.store;

/** The database failed (unreachable, full, corrupt): a 5xx for the client, the cause in the log. */
public final class StoreFailure extends RuntimeException {
    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreFailure(String message) {
        super(message);
    }
}
