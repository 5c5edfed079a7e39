package org.mkplay.toolchain.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.loader.ElfException;

/** One bare-metal run of an image on our emulator: console output, retired instructions, how it ended. */
public record GuestRun(String output, long instructions, boolean halted, int exitStatus) {
    /** Runs {@code elf} on a default virt board (128 MiB) until it halts, waits for input, or retires {@code budget}. */
    public static GuestRun of(byte[] elf, long budget) {
        Machine machine = new Machine(new MachineConfig());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        machine.setOutput(console::write);
        try {
            machine.load(elf);
        } catch (ElfException e) {
            throw new IllegalStateException("the emulator rejected the image: " + e.getMessage(), e);
        }
        long retired = 0;
        while (!machine.halted() && retired < budget) {
            long slice = machine.run(budget - retired);
            if (slice == 0) break; // asleep in wfi with nothing to wake it
            retired += slice;
        }
        return new GuestRun(console.toString(StandardCharsets.UTF_8), machine.counters().instructions(),
            machine.halted(), machine.exitStatus());
    }

    /** Halted through the test finisher with status 0. */
    public boolean succeeded() {
        return halted && exitStatus == 0;
    }
}
