package org.mkplay.emulator.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mkplay.emulator.Counters;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;
import org.mkplay.emulator.cpu.JvmBlockTranslator;
import org.mkplay.emulator.loader.ElfException;

/** Boots a bare-metal ELF file on our machine with the RAM QEMU's launcher gives its board (128 MiB). */
final class OurMachine {
    private OurMachine() {}

    /** A run: its transcript, the final pc and every count of {@link Counters} (see {@link Counters#toString}). */
    record Run(Transcript transcript, long pc, String counts) {}

    static Transcript run(Path elf, long budget) throws IOException, ElfException {
        return run(elf, budget, true).transcript();
    }

    /** Runs on the block engine or on the per-instruction loop ({@link MachineConfig#blockEngine}). */
    static Run run(Path elf, long budget, boolean blockEngine) throws IOException, ElfException {
        return run(elf, budget, new MachineConfig().blockEngine(blockEngine));
    }

    /** Runs on the block engine translating blocks ({@link JvmBlockTranslator}; see {@link #translateAfter}). */
    static Run runTranslated(Path elf, long budget) throws IOException, ElfException {
        return run(elf, budget, new MachineConfig().blockTranslator(new JvmBlockTranslator(), translateAfter()));
    }

    /**
     * Every block on its first run; in the suite's translated run ({@code -Dmkplay.test.engine=jit}) on its third,
     * when the blocks it reaches are linked to it and its code covers them too.
     */
    private static int translateAfter() {
        return "jit".equals(System.getProperty("mkplay.test.engine")) ? 3 : 1;
    }

    private static Run run(Path elf, long budget, MachineConfig config) throws IOException, ElfException {
        Machine machine = new Machine(config.ramMiB(128));
        machine.load(Files.readAllBytes(elf));
        Transcript transcript = machine.runToEnd(budget);
        return new Run(transcript, machine.hart().pc(), machine.counters().toString());
    }
}
