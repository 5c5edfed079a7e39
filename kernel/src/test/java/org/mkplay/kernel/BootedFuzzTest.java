package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mkplay.kernel.build.KernelImage;
import org.mkplay.testkit.NeedsHostTools;

/**
 * Syscall fuzzing in the booted system (the logic-level twin is {@link SyscallFuzzTest}): the "fuzz" test image's
 * hostile process (src/test/user/FuzzHostile.java) issues 100,000 random syscalls with random arguments from U-mode,
 * beside a server and a partner that keep it from blocking for ever. On our emulator and on QEMU 7.2: no panic,
 * every call returns OK or a defined error code, the server still answers afterwards, every process exits, and
 * the kernel powers off with every frame back (the same six page-table frames as every other image). The outcome
 * counts differ between the machines (the timer preempts at other points: QEMU's clock is real time), so each
 * console is checked on its own.
 */
@NeedsHostTools
class BootedFuzzTest {
    static final long BUDGET = 2_000_000_000L;

    static final Pattern SUMMARY = Pattern.compile("hostile: 100000 random syscalls, 0 undefined results\n"
            + "hostile: outcomes OK=(\\d+) -1=(\\d+) -2=(\\d+) -3=(\\d+) -4=(\\d+) -5=(\\d+) -6=(\\d+) -7=(\\d+) -8=(\\d+)"
            + " -9=(\\d+) -10=(\\d+)\n");

    static final String AFTER =
            "hostile: the server still answers: status 0, word 42\n" + "hostile: stop the partner: 0\n";

    @Test
    void aHostileProcessCannotBreakTheBootedKernel() throws Exception {
        byte[] elf = UserProcessesTest.image("fuzz");
        Boards.EmulatorRun ours = Boards.emulatorRun(elf, BUDGET);
        check(ours.console(), ours.exit(), elf);
        System.out.println("emulator: " + ours.instructions() + " instructions");
        Boards.QemuRun qemu = Boards.qemu(elf);
        check(qemu.console(), qemu.exit(), elf);
    }

    private static void check(String console, int exit, byte[] elf) throws Exception {
        System.out.print(console);
        assertEquals(0, exit, console);
        assertTrue(console.startsWith(KernelImageBootTest.bootLines(KernelImage.layout(elf))), console);
        assertTrue(!console.contains("panic"), console);
        Matcher m = SUMMARY.matcher(console);
        assertTrue(m.find(), "no summary line with 0 undefined results:\n" + console);
        long total = 0;
        for (int g = 1; g <= 11; g++) total += Long.parseLong(m.group(g));
        assertEquals(100_000, total, "every call counted once");
        // The outcomes the hostile can reach with what it holds (no frame or process capability, no peer dying):
        String[] reachable = {
            "OK",
            "BAD_SYSCALL",
            "BAD_SLOT",
            "WRONG_TYPE",
            "NO_RIGHTS",
            null,
            "TOO_LONG",
            null,
            null,
            null,
            "BAD_ARGUMENT"
        };
        for (int code = 0; code < reachable.length; code++) {
            if (reachable[code] != null)
                assertTrue(Long.parseLong(m.group(code + 1)) > 0, reachable[code] + " never seen");
        }
        assertTrue(console.contains(AFTER), console);
        assertTrue(console.contains("fuzz partner: stopped\n"), console);
        assertTrue(
                Pattern.compile("fuzz server: stopped after .* messages\n")
                        .matcher(console)
                        .find(),
                console);
        assertTrue(console.endsWith(UserProcessesTest.END), console);
    }
}
