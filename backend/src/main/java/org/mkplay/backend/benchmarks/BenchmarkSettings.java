package org.mkplay.backend.benchmarks;

import org.mkplay.bench.system.SystemBench;

/**
 * Limits of the benchmark service: {@code workers} benchmarks run at once (each on our emulator in this JVM: the
 * system images are ours, never user code), {@code queue} more wait, any further one is refused (503). Each
 * placement's run is the shell's loops of {@code shortRuns} and {@code longRuns} operations and may retire at most
 * {@code budget} instructions.
 */
public record BenchmarkSettings(int workers, int queue, int shortRuns, int longRuns, long budget) {
    public BenchmarkSettings {
        if (workers < 1 || queue < 0 || shortRuns < 0 || longRuns <= shortRuns || budget < 1) {
            throw new IllegalArgumentException("unusable benchmark settings: " + this);
        }
    }

    /** One at a time (a full run keeps a core busy for seconds), four waiting, the command line's loops. */
    public static BenchmarkSettings defaults() {
        return new BenchmarkSettings(1, 4, SystemBench.SHORT, SystemBench.LONG, 2_000_000_000L);
    }

    public BenchmarkSettings withLoops(int shortRuns, int longRuns) {
        return new BenchmarkSettings(workers, queue, shortRuns, longRuns, budget);
    }

    public BenchmarkSettings withPool(int workers, int queue) {
        return new BenchmarkSettings(workers, queue, shortRuns, longRuns, budget);
    }

    public BenchmarkSettings withBudget(long budget) {
        return new BenchmarkSettings(workers, queue, shortRuns, longRuns, budget);
    }
}
