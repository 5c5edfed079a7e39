package org.mkplay.bench.emulator;

import java.util.Arrays;
import java.util.function.Supplier;
import org.mkplay.emulator.Counters;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;
import org.mkplay.emulator.loader.ElfException;

/**
 * Times workloads on our emulator: one untimed warm-up run (the JIT compiles the interpreter loop), then
 * {@code repeat} timed runs, each on a freshly built and loaded machine. Only {@link Machine#runToEnd} is timed, not
 * building the board or loading the image.
 */
public final class EmulatorBench {
    private final int repeat;
    private final long budget;
    private final Supplier<MachineConfig> config;

    /** @param budget instructions a run may retire before the workload counts as hung */
    public EmulatorBench(int repeat, long budget) {
        this(repeat, budget, MachineConfig::new);
    }

    /** @param config the board of every run, e.g. with another engine ({@link MachineConfig#blockEngine}) */
    public EmulatorBench(int repeat, long budget, Supplier<MachineConfig> config) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1: " + repeat);
        }
        this.repeat = repeat;
        this.budget = budget;
        this.config = config;
    }

    public Measurement measure(Workload workload) throws BenchFailure {
        Run reference = runOnce(workload);
        long[] nanos = new long[repeat];
        for (int i = 0; i < repeat; i++) {
            Run run = runOnce(workload);
            if (run.instructions != reference.instructions || !Arrays.equals(run.output, reference.output)) {
                throw new BenchFailure(workload.name() + ": runs differ (" + reference.instructions + " vs "
                        + run.instructions + " instructions): the emulator is not deterministic");
            }
            nanos[i] = run.nanos;
        }
        Counters c = reference.counters;
        return new Measurement(
                workload.name(),
                reference.instructions,
                c.trapsTotal(),
                c.satpWrites,
                c.tlbMisses,
                reference.output,
                nanos);
    }

    private record Run(long instructions, long nanos, byte[] output, Counters counters) {}

    private Run runOnce(Workload workload) throws BenchFailure {
        Machine machine = new Machine(config.get());
        try {
            machine.load(workload.elf());
        } catch (ElfException e) {
            throw new BenchFailure(workload.name() + ": cannot load the image: " + e.getMessage());
        }
        long start = System.nanoTime();
        Transcript run = machine.runToEnd(budget);
        long nanos = System.nanoTime() - start;
        if (!run.halted()) {
            throw new BenchFailure(workload.name()
                    + (run.ending() == Transcript.Ending.WAITING
                            ? ": the guest waits for input"
                            : ": did not finish within " + budget + " instructions")
                    + String.format(" (pc 0x%x)", machine.hart().pc()));
        }
        if (run.exitStatus() != 0) {
            throw new BenchFailure(workload.name() + ": the guest failed with status " + run.exitStatus());
        }
        return new Run(run.instructions(), nanos, run.console(), machine.counters());
    }
}
