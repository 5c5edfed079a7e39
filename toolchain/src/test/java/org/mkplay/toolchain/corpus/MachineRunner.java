package org.mkplay.toolchain.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;

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
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        machine.setOutput(console::write);
        machine.load(elf);
        lastInstructions = machine.run(INSTRUCTION_BUDGET);
        if (!machine.halted()) {
            throw new AssertionError("no exit after " + lastInstructions + " instructions"
                + (machine.waiting() ? " (asleep in wfi)" : "") + "; console so far:\n"
                + console.toString(StandardCharsets.UTF_8));
        }
        return new Outcome(console.toByteArray(), machine.exitStatus());
    }

    /** Instructions retired by the last run (for reports). */
    public long lastInstructions() {
        return lastInstructions;
    }
}
