package org.mkplay.bench.emulator;

import java.util.Arrays;

/**
 * Timed runs of one workload on our emulator. The counts come from the machine and are the same on every run
 * (the emulator is deterministic); only the host times vary.
 */
public record Measurement(
        String workload,
        long instructions,
        long traps,
        long satpWrites,
        long tlbMisses,
        byte[] output,
        long[] runNanos) {
    public long medianNanos() {
        return median(runNanos);
    }

    /** Millions of instructions per host second over the median run. */
    public double mips() {
        return instructions * 1e3 / medianNanos();
    }

    /** Host nanoseconds per guest instruction over the median run. */
    public double nanosPerInstruction() {
        return (double) medianNanos() / instructions;
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
