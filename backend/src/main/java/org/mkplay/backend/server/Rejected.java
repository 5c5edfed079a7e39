package org.mkplay.backend.builds;

/**
 * A build the server would not or could not finish: queue full (503), rate limit (429), time limit (422).
 * {@code retryAfterSeconds} is sent as Retry-After when positive.
 */
public final class BuildRejected extends RuntimeException {
    private final int status;
    private final int retryAfterSeconds;

    public BuildRejected(int status, String message, int retryAfterSeconds) {
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
