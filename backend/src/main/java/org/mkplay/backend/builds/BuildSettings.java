package org.mkplay.backend.builds;

import java.time.Duration;

/**
 * Limits of the build service. {@code workers} builds run at once (one worker JVM each, {@code workerHeapMiB}
 * of heap), {@code queue} more wait, and any further one is refused (503). A build stops after
 * {@code timeLimit}. Each client may start {@code perMinute} builds a minute after a burst of {@code burst}
 * (0 turns the limit off: the load benchmark's own server).
 */
public record BuildSettings(int workers, int queue, Duration timeLimit, int workerHeapMiB, int perMinute, int burst) {
    public BuildSettings {
        if (workers < 1
                || queue < 0
                || timeLimit.isNegative()
                || timeLimit.isZero()
                || workerHeapMiB < 64
                || perMinute < 0
                || burst < 0) {
            throw new IllegalArgumentException("unusable build settings: " + this);
        }
    }

    public static BuildSettings defaults() {
        return new BuildSettings(
                Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())),
                32,
                Duration.ofSeconds(10),
                384,
                30,
                10);
    }

    public BuildSettings withRate(int perMinute, int burst) {
        return new BuildSettings(workers, queue, timeLimit, workerHeapMiB, perMinute, burst);
    }

    public BuildSettings withTimeLimit(Duration limit) {
        return new BuildSettings(workers, queue, limit, workerHeapMiB, perMinute, burst);
    }

    public BuildSettings withPool(int workers, int queue) {
        return new BuildSettings(workers, queue, timeLimit, workerHeapMiB, perMinute, burst);
    }
}
