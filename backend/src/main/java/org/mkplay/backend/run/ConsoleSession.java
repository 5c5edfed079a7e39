package org.mkplay.backend.run;

import org.mkplay.emulator.Machine;

/**
 * Runs a loaded machine as a console program: host input feeds the UART between slices, output is flushed
 * after each slice, and a guest sleeping in {@code wfi} with nothing armed to wake it makes the host block for
 * input instead of spinning. The machine itself stays single-threaded and never blocks.
 */
public final class ConsoleSession {
    /** Instructions per slice: input latency stays in the millisecond range at tens of MIPS. */
    public static final long SLICE = 1_000_000;
    /** How long one wait for host input lasts before the loop looks again. */
    private static final long INPUT_WAIT_MILLIS = 50;

    /** Why a session ended. */
    public enum End {
        /** The guest halted (finisher or tohost); the machine holds its exit status. */
        HALTED,
        /** The instruction budget ran out first. */
        BUDGET_EXHAUSTED,
        /** The guest sleeps waiting for input and the host input has ended: nothing can happen any more. */
        IDLE_AT_END_OF_INPUT
    }

    private final Machine machine;
    private final StdinPump input;
    private final ConsoleOutput output;
    private final long budget;
    private long retired;
    /** Retired instructions plus traps taken: what the budget counts, as {@link Machine#run} does. */
    private long work;

    private long emulationNanos;

    /**
     * @param budget the most instructions to run, {@link Long#MAX_VALUE} for no limit; each trap taken counts
     *               as one too, so a guest that only traps (a handler that faults at once) still ends
     */
    public ConsoleSession(Machine machine, StdinPump input, ConsoleOutput output, long budget) {
        this.machine = machine;
        this.input = input;
        this.output = output;
        this.budget = budget;
    }

    public End run() throws InterruptedException {
        while (true) {
            input.drainTo(machine.uart()::pushInput);
            if (work >= budget) {
                return End.BUDGET_EXHAUSTED;
            }
            runSlice();
            if (machine.halted()) {
                return End.HALTED;
            }
            if (machine.waiting() && !awaitInput()) {
                return End.IDLE_AT_END_OF_INPUT;
            }
        }
    }

    private void runSlice() {
        long start = System.nanoTime();
        long trapsBefore = machine.counters().trapsTotal();
        long slice = machine.run(Math.min(SLICE, budget - work));
        emulationNanos += System.nanoTime() - start;
        retired += slice;
        work += slice + machine.counters().trapsTotal() - trapsBefore;
        output.flush();
    }

    /** Blocks briefly for host input; false if none can ever come (input ended and all of it was delivered). */
    private boolean awaitInput() throws InterruptedException {
        if (input.exhausted()) {
            return false;
        }
        input.awaitInput(INPUT_WAIT_MILLIS);
        return true;
    }

    public long retired() {
        return retired;
    }

    /** Host time spent executing guest instructions, excluding waits for input. */
    public long emulationNanos() {
        return emulationNanos;
    }
}
