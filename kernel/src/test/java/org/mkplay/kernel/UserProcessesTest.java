package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mkplay.kernel.build.KernelImage;
import org.mkplay.kernel.build.TestImages;
import org.mkplay.testkit.NeedsHostTools;

/**
 * System tests: the test images (the kernel with user programs packed in, built into target/images by the module's
 * build; see build/TestImages) boot on our emulator and on QEMU 7.2 with the same console. Each program runs in
 * U-mode in its own address space; when no thread can run any more the kernel powers off with status 0, having
 * got back every frame the processes had (6 remain: its own page tables).
 */
@NeedsHostTools // every test compares with QEMU
class UserProcessesTest {
    static final long BUDGET = 50_000_000L;

    static byte[] image(String name) throws Exception {
        return Files.readAllBytes(TestImages.OUT.resolve(name + ".elf"));
    }

    /** The line the boot prints for each process (the frame count depends on the program's size). */
    static String loaded(String program, int id, int priority) {
        return Pattern.quote("user: " + program + " is process " + id + ", ASID " + (id + 1) + ", priority " + priority
                        + ", entry 0x40000000, ")
                + "\\d+ frames\n";
    }

    static final String END = "kernel: no thread can run, 6 frames in use, powering off\n";

    /** Boots the image on both machines; both consoles match the pattern and are equal; both exit 0. */
    static String bootsTheSameOnBoth(String image, String lines) throws Exception {
        byte[] elf = image(image);
        String boot = Pattern.quote(KernelImageBootTest.bootLines(KernelImage.layout(elf)));
        Boards.EmulatorRun ours = Boards.emulatorRun(elf, BUDGET);
        assertTrue(Pattern.compile(boot + lines).matcher(ours.console()).matches(), ours.console());
        assertEquals(0, ours.exit());
        Boards.QemuRun qemu = Boards.qemu(elf);
        assertEquals(ours.console(), qemu.console());
        assertEquals(0, qemu.exit());
        System.out.print(ours.console());
        return ours.console();
    }

    @Test
    void twoProcessesPrintFromTheirOwnAddressSpacesAndExit() throws Exception {
        bootsTheSameOnBoth(
                "hello",
                loaded("HelloA", 0, 5)
                        + loaded("HelloB", 1, 5)
                        + Pattern.quote(
                                "A: hello from U-mode, squares 1 4 16\nA: done\nexit: thread 0 (process 0) status 0\n"
                                        + "B: hello from U-mode, abcde\nexit: thread 1 (process 1) status 7\n" + END));
    }

    /**
     * A failed null check and a stack overflow (the runtime's report, then ebreak: a breakpoint, cause 3; the
     * overflow is caught by the compiled stack check above the guard page) each stop their process with a report
     * line and no panic; the kernel goes on to the next process.
     */
    @Test
    void userFaultsAreReportedAndTheKernelGoesOn() throws Exception {
        bootsTheSameOnBoth(
                "faults",
                loaded("NullDeref", 0, 5) + loaded("StackOverflow", 1, 5) + loaded("HelloA", 2, 5)
                        + Pattern.quote(
                                "N: reading a null array\nException in thread \"main\" java.lang.NullPointerException\n"
                                        + "\tat NullDeref.main(NullDeref.java:7)\n")
                        + "fault: thread 0 \\(process 0\\) cause 0x3 pc 0x4000[0-9a-f]{4} address 0x0\n"
                        + Pattern.quote("S: recursing\nException in thread \"main\" java.lang.StackOverflowError\n")
                        + "fault: thread 1 \\(process 1\\) cause 0x3 pc 0x4000[0-9a-f]{4} address 0x0\n"
                        + Pattern.quote(
                                "A: hello from U-mode, squares 1 4 16\nA: done\nexit: thread 2 (process 2) status 0\n"
                                        + END));
    }

    /**
     * A user process that allocates several times its 128 KiB heap in strings (an echo loop) runs to its end:
     * the collector reclaims the garbage in the fixed heap the kernel mapped. The hash is the JVM's.
     */
    @Test
    void aUserProcessAllocatesFarMoreThanItsHeap() throws Exception {
        bootsTheSameOnBoth(
                "churn",
                loaded("EchoChurn", 0, 5)
                        + Pattern.quote(
                                "C: 5000 replies, hash 3994753560952165629\nexit: thread 0 (process 0) status 0\n"
                                        + END));
    }

    /**
     * A server and two clients in three address spaces: each call reaches the server (priority 10) with the
     * client's badge (0xa, 0xb: the server learns who called), label and words in registers; the reply carries the
     * label + 1 and the sum back; a call through an empty slot is BAD_SLOT (-2), not a crash.
     */
    @Test
    void aClientAndAServerCallAndReplyWithABadge() throws Exception {
        bootsTheSameOnBoth(
                "ipc",
                loaded("Server", 0, 10)
                        + loaded("ClientA", 1, 5)
                        + loaded("ClientB", 2, 5)
                        + Pattern.quote("A: calling with 40 2\n"
                                + "server: recv status 0, badge 0xa, label 7, words 2: 40 2\nserver: reply status 0\n"
                                + "B: calling with 1000 337\n"
                                + "server: recv status 0, badge 0xb, label 7, words 2: 1000 337\nserver: reply status 0\n"
                                + "server: served 2 calls\nexit: thread 0 (process 0) status 0\n"
                                + "A: call status 0, label 8, sum 42\nA: a call through an empty slot: -2\nexit: thread 1 (process 1) status 0\n"
                                + "B: call status 0, label 8, sum 1337\nB: a call through an empty slot: -2\nexit: thread 2 (process 2) status 0\n"
                                + END));
    }

    /**
     * Messages through the IPC buffer: 28 bytes of text come back upper-cased, a full 4 KiB block arrives whole (the
     * server's sum matches the client's), and one byte more than a buffer holds is TOO_LONG (-6).
     */
    @Test
    void messagesTravelThroughTheIpcBufferUpTo4KiB() throws Exception {
        bootsTheSameOnBoth(
                "buffer",
                loaded("EchoServer", 0, 10)
                        + loaded("BufferClient", 1, 5)
                        + Pattern.quote("echo: label 1, 28 buffer bytes from badge 0xc\n"
                                + "client: status 0, 28 bytes back: HELLO THROUGH THE IPC BUFFER\n"
                                + "echo: label 2, 4096 buffer bytes from badge 0xc\nexit: thread 0 (process 0) status 0\n"
                                + "client: status 0, sum 522240 (expected 522240)\nclient: 4097 bytes: status -6\n"
                                + "exit: thread 1 (process 1) status 0\n" + END));
    }
}
