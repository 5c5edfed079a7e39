package org.mkplay.kernel;

/**
 * A synchronous IPC rendezvous point: threads wanting to send wait in {@code senders}, threads wanting to
 * receive in {@code receivers}, each in arrival order. An endpoint holds no message: a message goes from the
 * sender's registers (and IPC buffer) to the receiver's when both are there.
 * <p>Invariant: at most one of the two queues is non-empty (a sender finding a receiver never waits, and the
 * other way round). {@code server} is the process that serves it, named at boot: when that process dies or is
 * restarted, the threads waiting in {@code senders} get DEAD.
 */
public final class Endpoint {
    public final int id;
    final ThreadQueue senders = new ThreadQueue();
    final ThreadQueue receivers = new ThreadQueue();
    public Process server;

    Endpoint(int id) {
        this.id = id;
    }
}
