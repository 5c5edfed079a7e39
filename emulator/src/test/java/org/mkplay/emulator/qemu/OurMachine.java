package org.mkplay.emulator.qemu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.loader.ElfException;

/** Runs a bare-metal ELF on our machine, in process, the way {@link Qemu} runs it on QEMU. */
final class OurMachine {
    /** What the run left: UART output (bytes as ISO-8859-1 characters), exit status and whether it halted. */
    record Transcript(String uart, int exitStatus, boolean halted, long instructions) {
    }

    private OurMachine() {
    }

    /** Runs until the guest halts, sleeps with nothing to wake it, or {@code budget} instructions retire. */
    static Transcript run(Path elf, long budget) throws IOException, ElfException {
        Machine machine = new Machine(new MachineConfig().ramMiB(128));
        ByteArrayOutputStream uart = new ByteArrayOutputStream();
        machine.setOutput(uart::write);
        machine.load(Files.readAllBytes(elf));
        long retired = 0;
        while (retired < budget && !machine.halted() && !machine.waiting()) {
            retired += machine.run(budget - retired);
        }
        return new Transcript(uart.toString(StandardCharsets.ISO_8859_1), machine.exitStatus(), machine.halted(),
                retired);
    }
}
