package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mkplay.kernel.build.KernelImage;
import org.mkplay.kernel.build.TestImages;

/**
 * System tests: the test images (the kernel with user programs packed in, built into target/images by the module's
 * build) boot on our emulator and on QEMU 7.2 with the same console: each program runs in U-mode in its own address
 * space, prints through DEBUG_PUTC and exits, or faults and is reported without a panic.
 */
class UserProcessesTest {
    static final long BUDGET = 50_000_000L;

    static byte[] image(String name) throws Exception {
        return Files.readAllBytes(TestImages.OUT.resolve(name + ".elf"));
    }

    /** The boot lines, then one "loaded" line per program (the frame count varies with the program's size). */
    static String loaded(String program, int asid) {
        return "user: " + program + " loaded, ASID " + asid + ", entry 0x40000000, \\d+ frames\n";
    }

    @Test
    void twoProcessesPrintFromTheirOwnAddressSpacesAndExit() throws Exception {
        byte[] elf = image("hello");
        Boards.EmulatorRun ours = Boards.emulatorRun(elf, BUDGET);
        String boot = Pattern.quote(KernelImageBootTest.bootLines(KernelImage.layout(elf)));
        Pattern expected = Pattern.compile(boot + loaded("HelloA", 1) + loaded("HelloB", 2)
            + Pattern.quote("A: hello from U-mode, squares 1 4 16\nA: done\nuser: HelloA exited with status 0\n"
                + "B: hello from U-mode, abcde\nuser: HelloB exited with status 7\n"
                + "user: all processes exited, 6 frames in use\n"));
        assertTrue(expected.matcher(ours.console()).matches(), ours.console());
        assertEquals(0, ours.exit());
        assertTrue(ours.satpWrites() >= 4, "kernel, A, kernel, B: " + ours.satpWrites());

        Boards.QemuRun qemu = Boards.qemu(elf);
        assertEquals(ours.console(), qemu.console());
        assertEquals(0, qemu.exit());
        System.out.print(ours.console());
    }

    /**
     * A failed null check (the runtime's report, then ebreak) and a stack overflow into the guard page (a store page
     * fault in U-mode) each end their process with a report line; the kernel goes on to the next and gives back every
     * frame the processes had: 6 (its own tables) remain.
     */
    @Test
    void userFaultsAreReportedAndTheKernelGoesOn() throws Exception {
        byte[] elf = image("faults");
        Boards.EmulatorRun ours = Boards.emulatorRun(elf, BUDGET);
        String boot = Pattern.quote(KernelImageBootTest.bootLines(KernelImage.layout(elf)));
        Pattern expected = Pattern.compile(boot + loaded("NullDeref", 1) + loaded("StackOverflow", 2) + loaded("HelloA", 3)
            + Pattern.quote("N: reading a null array\nException in thread \"main\" java.lang.NullPointerException\n"
                + "\tat NullDeref.main(NullDeref.java:7)\n")
            + "user: NullDeref fault: breakpoint \\(scause 0x3\\) at pc 0x(4000[0-9a-f]{4})\n"
            + Pattern.quote("S: recursing\n")
            + "user: StackOverflow fault: store/AMO page fault \\(scause 0xf\\) at pc 0x(4000[0-9a-f]{4}), address 0x(7ffeb[0-9a-f]{3})\n"
            + Pattern.quote("A: hello from U-mode, squares 1 4 16\nA: done\nuser: HelloA exited with status 0\n"
                + "user: all processes exited, 6 frames in use\n"));
        Matcher m = expected.matcher(ours.console());
        assertTrue(m.matches(), ours.console());
        assertEquals(0, ours.exit());

        Boards.QemuRun qemu = Boards.qemu(elf);
        assertEquals(ours.console(), qemu.console());
        assertEquals(0, qemu.exit());
        System.out.print(ours.console());
    }
}
