package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mkplay.kernel.build.KernelImage;
import org.mkplay.testkit.NeedsHostTools;

/** The built image, target/kernel.elf, boots on our emulator and on QEMU virt with the same console text. */
class KernelImageBootTest {
    static final Path IMAGE = Path.of("target", "kernel.elf");
    static final String CLOCK_LINES = """
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

    /** The banner and the address-space line of an image with this layout (the text is page-aligned by the linker). */
    static String bootLines(KernelImage.Layout layout) {
        return Boot.BANNER
                + "\nvm: Sv39 on, 6 page-table pages; text RX 0x%x..0x%x, data/heap/stacks RW 0x%x..0x88000000, "
                        .formatted(layout.textStart(), layout.textEnd(), layout.dataStart())
                + "UART, finisher and trace window RW\n";
    }

    /** The whole console of the image: banner, address space, the clock's ticks, power-off. */
    static String transcript(byte[] image) {
        return bootLines(KernelImage.layout(image)) + CLOCK_LINES;
    }

    @Test
    void theImageStartsAtRamAndItsDataOnThePageAfterTheText() {
        KernelImage.Layout layout = KernelImage.layout(elf);
        assertEquals(0x8000_0000L, layout.textStart());
        assertEquals(layout.textEnd(), layout.dataStart());
        assertEquals(0, layout.dataStart() % 4096);
    }

    @Test
    void bootsOnOurEmulatorDeterministicallyWritingSatpOnce() throws Exception {
        Boards.EmulatorRun first = Boards.emulator(elf);
        assertEquals(transcript(elf), first.console());
        assertEquals(0, first.exit());
        assertEquals(1, first.satpWrites(), "satp written once, by Vm.start");
        assertTrue(first.tlbMisses() > 0, "translation is on: the TLB missed at least once");
        Boards.EmulatorRun second = Boards.emulator(elf);
        assertEquals(first.instructions(), second.instructions(), "retired instructions, run to run");
        assertEquals(first.lineEnds(), second.lineEnds(), "instructions at the end of each line, run to run");
        assertEquals(first.tlbMisses(), second.tlbMisses(), "TLB misses, run to run");
        assertTrue(
                first.satpWrittenAt() > first.lineEnds().get(0)
                        && first.satpWrittenAt() < first.lineEnds().get(1),
                "translation is turned on between the banner and the second line");
        System.out.println(
                "instructions at the end of each console line: " + first.lineEnds() + ", in all " + first.instructions()
                        + "; satp written at " + first.satpWrittenAt() + "; TLB misses " + first.tlbMisses());
    }

    @Test
    @NeedsHostTools
    void bootsOnQemuWithTheSameTranscript() throws Exception {
        Boards.QemuRun run = Boards.qemu(elf);
        assertEquals(transcript(elf), run.console());
        assertEquals(0, run.exit());
    }
}
