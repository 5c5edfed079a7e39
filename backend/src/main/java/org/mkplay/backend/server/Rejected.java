package org.mkplay.backend.server;

/**
 * Work a bounded pool would not or could not finish, builds and benchmarks alike: queue full (503), rate limit
 * (429), over its time or instruction budget, or a system that does not build (422). {@code retryAfterSeconds} is
 * sent as Retry-After when positive.
 */
public final class Rejected extends RuntimeException {
    private final int status;
    private final int retryAfterSeconds;

    public Rejected(int status, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
