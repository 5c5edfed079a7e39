package org.mkplay.emulator.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;
import org.mkplay.emulator.loader.ElfException;

/** Boots a bare-metal ELF file on our machine with the RAM QEMU's launcher gives its board (128 MiB). */
final class OurMachine {
    private OurMachine() {}

    static Transcript run(Path elf, long budget) throws IOException, ElfException {
        Machine machine = new Machine(new MachineConfig().ramMiB(128));
        machine.load(Files.readAllBytes(elf));
        return machine.runToEnd(budget);
    }
}
