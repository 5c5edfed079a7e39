package org.mkplay.kernel;

/**
 * A word of bits for asynchronous signals: {@code notify} ORs bits in and never blocks; {@code wait} takes the
 * whole word and clears it, blocking while it is zero; {@code poll} takes it without blocking.
 * <p>Invariant: a thread waits here only while the word is zero.
 */
public final class Notification {
    public final int id;
    long word;
    final ThreadQueue waiters = new ThreadQueue();

    Notification(int id) {
        this.id = id;
    }

    public long word() {
        return word;
    }
}
