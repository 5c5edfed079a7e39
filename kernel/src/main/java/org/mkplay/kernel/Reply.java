package org.mkplay.kernel;

/**
 * The one-shot right to answer a call. A {@code call} takes one from {@link Kernel}'s pool (NO_MEMORY when
 * none is free, checked before anything happens); the server that receives the call holds it
 * ({@code server.answer}); the first {@code reply} consumes it and puts it back in the pool, as does the death
 * of either side. So a leak shows as a pool count that does not come back.
 * <p>Invariants: in use exactly when {@code caller != null}; then {@code caller.reply == this}, and if
 * {@code server != null} then {@code server.answer == this} and the caller is {@code BLOCKED_REPLY}; a free
 * reply is on the free list through {@code nextFree}.
 */
public final class Reply {
    public final int id;
    Thread caller;
    Thread server;
    Reply nextFree;

    Reply(int id) {
        this.id = id;
    }
}
