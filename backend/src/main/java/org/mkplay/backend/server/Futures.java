package org.mkplay.backend.server;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Waiting for work a bounded pool does (builds, benchmarks): its result, or its own runtime exception. */
public final class Futures {
    private Futures() {}

    /** The future's value; a RuntimeException the work threw is rethrown as it is, so callers map it to a status. */
    public static <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }
}
