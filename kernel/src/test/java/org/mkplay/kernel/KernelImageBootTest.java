package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built image, target/kernel.elf, boots on our emulator and on QEMU virt with the same console text. */
class KernelImageBootTest {
    static final Path IMAGE = Path.of("target", "kernel.elf");
    static final String TRANSCRIPT = """
        mkplay kernel: M-mode set-up done, running in S-mode
        clock: Sstc, a tick every 100000 time units
        tick 1
        tick 2
        tick 3
        boot: 3 ticks taken, powering off
        """;

    static byte[] elf;

    @BeforeAll
    static void readImage() throws IOException {
        elf = Files.readAllBytes(IMAGE); // written by the module's build before the tests (kernel/pom.xml)
    }

    @Test
    void bootsOnOurEmulatorDeterministically() throws Exception {
        Boards.EmulatorRun first = Boards.emulator(elf);
        assertEquals(TRANSCRIPT, first.console());
        assertEquals(0, first.exit());
        Boards.EmulatorRun second = Boards.emulator(elf);
        assertEquals(first.instructions(), second.instructions(), "retired instructions, run to run");
        assertEquals(first.lineEnds(), second.lineEnds(), "instructions at the end of each line, run to run");
        System.out.println("instructions at the end of each console line: " + first.lineEnds() + ", in all " + first.instructions());
    }

    @Test
    void bootsOnQemuWithTheSameTranscript() throws Exception {
        Boards.QemuRun run = Boards.qemu(elf);
        assertEquals(TRANSCRIPT, run.console());
        assertEquals(0, run.exit());
    }
}
