package org.mkplay.bench.compiler;

import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;
import org.mkplay.emulator.loader.ElfException;

/** One bare-metal run of an image on our emulator: console output, retired instructions, how it ended. */
public record GuestRun(String output, long instructions, boolean halted, int exitStatus) {
    /** Runs {@code elf} on a default virt board (128 MiB) until it halts, waits for input, or retires {@code budget}. */
    public static GuestRun of(byte[] elf, long budget) {
        Machine machine = new Machine(new MachineConfig());
        try {
            machine.load(elf);
        } catch (ElfException e) {
            throw new IllegalStateException("the emulator rejected the image: " + e.getMessage(), e);
        }
        Transcript run = machine.runToEnd(budget);
        return new GuestRun(run.text(), run.instructions(), run.halted(), run.exitStatus());
    }

    /** Halted through the test finisher with status 0. */
    public boolean succeeded() {
        return halted && exitStatus == 0;
    }
}
