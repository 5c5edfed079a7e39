package org.mkplay.backend.benchmarks;

/**
 * A benchmark the server would not or could not finish: queue full (503, with Retry-After), a run over its
 * instruction budget or a workload that failed (422).
 */
public final class BenchmarkRejected extends RuntimeException {
    private final int status;
    private final int retryAfterSeconds;

    public BenchmarkRejected(int status, String message, int retryAfterSeconds) {
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
