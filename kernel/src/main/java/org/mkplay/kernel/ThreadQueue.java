package org.mkplay.kernel;

/**
 * A FIFO of threads, linked through the threads themselves ({@link Thread#next}, {@link Thread#prev}), so that
 * queueing never allocates: the ready queues, an endpoint's send and receive queues, a notification's waiters.
 * <p>Invariants: a thread is in at most one queue, and {@code t.queue == this} exactly when it is in this one;
 * {@code count} is the number of threads from {@code head} to {@code tail}; head and tail are null together.
 */
final class ThreadQueue {
    Thread head, tail;
    int count;

    boolean isEmpty() {
        return head == null;
    }

    /** Appends t (which must be in no queue). */
    void push(Thread t) {
        t.queue = this;
        t.next = null;
        t.prev = tail;
        if (tail == null) head = t;
        else tail.next = t;
        tail = t;
        count++;
    }

    /** Puts t first (a preempted thread keeps its turn). */
    void pushFront(Thread t) {
        t.queue = this;
        t.prev = null;
        t.next = head;
        if (head == null) tail = t;
        else head.prev = t;
        head = t;
        count++;
    }

    /** Removes and returns the first thread, or null: {@link #remove} of the head, which has no prev. */
    Thread pop() {
        Thread t = head;
        if (t == null) return null;
        Thread n = t.next;
        head = n;
        if (n == null) tail = null;
        else n.prev = null;
        t.next = null;
        t.queue = null;
        count--;
        return t;
    }

    /** Unlinks t, which must be in this queue. */
    void remove(Thread t) {
        if (t.prev == null) head = t.next;
        else t.prev.next = t.next;
        if (t.next == null) tail = t.prev;
        else t.next.prev = t.prev;
        t.next = null;
        t.prev = null;
        t.queue = null;
        count--;
    }

    /** Unlinks t from whatever queue it is in (nothing if none). */
    static void leave(Thread t) {
        if (t.queue != null) t.queue.remove(t);
    }
}
