package org.mkplay.toolchain.corpus;

import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;

/** Our emulator, in-process: the default virt board, console collected from the UART, a fixed instruction budget. */
public final class MachineRunner implements GuestRunner {
    /** Generous: the largest corpus program (OpenHashMap) retires about 50 million instructions. */
    static final long INSTRUCTION_BUDGET = 2_000_000_000L;

    private long lastInstructions;

    @Override
    public String name() {
        return "mkplay Machine";
    }

    @Override
    public Outcome run(byte[] elf) throws Exception {
        Machine machine = new Machine(new MachineConfig());
        machine.load(elf);
        Transcript run = machine.runToEnd(INSTRUCTION_BUDGET);
        lastInstructions = run.instructions();
        if (!run.halted()) {
            throw new AssertionError("no exit after " + lastInstructions + " instructions"
                    + (run.ending() == Transcript.Ending.WAITING ? " (asleep in wfi)" : "") + "; console so far:\n"
                    + run.text());
        }
        return new Outcome(run.console(), run.exitStatus());
    }

    /** Instructions retired by the last run (for reports). */
    public long lastInstructions() {
        return lastInstructions;
    }
}
