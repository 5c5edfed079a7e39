package org.mkplay.backend.loadtest;

import java.util.Arrays;

/** Request latencies of one kind, recorded from many threads; percentiles by the nearest-rank method. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The {@code p}-th percentile in milliseconds (0 when nothing was recorded). */
    synchronized double percentileMillis(double p) {
        if (count == 0) return 0;
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
