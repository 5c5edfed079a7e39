package org.mkplay.emulator.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mkplay.emulator.Transcript;
import org.mkplay.emulator.guest.GuestBuild;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.testkit.Qemu;
import org.mkplay.testkit.TranscriptDiff;

/**
 * Differential test against QEMU: each test guest of src/test/guest runs on qemu-system-riscv64 (virt, RV64IMAC
 * without PMP) and on our Machine; the UART transcripts must be identical byte for byte and the exit status
 * the same. The guests also check the values the specification fixes themselves, so QEMU must end its
 * transcript with "OK" and exit 0 (which guards against a guest that tests nothing). The transcript is our block
 * engine's; the per-instruction loop must then give the same transcript, pc and every count (instructions by
 * privilege, traps by cause, TLB and page-walk counts, device accesses), and so must the block engine with every
 * block translated to JVM bytecode on its first run.
 */
@NeedsHostTools
class QemuDifferentialTest {
    private static final Duration QEMU_TIMEOUT = Duration.ofSeconds(60);
    /** Every guest stays far below this; the budget only stops a runaway one. */
    private static final long INSTRUCTION_BUDGET = 500_000_000L;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "alu",
                "misaligned",
                "atomics",
                "compressed",
                "csr",
                "traps",
                "privilege",
                "sv39",
                "selfmod",
                "timer",
                "uart",
                "external",
                "plic",
                "triggers",
                "pmp"
            })
    void guestBehavesAsOnQemu(String guest) throws Exception {
        Path elf = GuestBuild.elf(guest);
        Qemu.Run qemu = Qemu.boot(elf, QEMU_TIMEOUT);
        assertEquals(0, qemu.exitStatus(), guest + " on QEMU:\n" + qemu.bytesAsText() + qemu.diagnostics());
        assertTrue(qemu.bytesAsText().endsWith("OK\n"), guest + " on QEMU:\n" + qemu.bytesAsText());

        OurMachine.Run blocks = OurMachine.run(elf, INSTRUCTION_BUDGET, true);
        Transcript ours = blocks.transcript();
        System.out.printf("%s: %d instructions on our machine%n", guest, ours.instructions());
        keepTranscripts(elf, qemu.bytesAsText(), ours.bytesAsText());
        assertEquals(
                "",
                TranscriptDiff.describe(qemu.bytesAsText(), ours.bytesAsText()),
                guest + ": UART transcript (both in " + elf.getParent() + ")");
        assertTrue(
                ours.halted(), guest + " did not halt on our machine after " + ours.instructions() + " instructions");
        assertEquals(qemu.exitStatus(), ours.exitStatus(), guest + ": exit status");

        OurMachine.Run steps = OurMachine.run(elf, INSTRUCTION_BUDGET, false);
        assertEquals(ours.bytesAsText(), steps.transcript().bytesAsText(), guest + ": transcript of the two engines");
        assertEquals(ours.instructions(), steps.transcript().instructions(), guest + ": instructions, two engines");
        assertEquals(steps.pc(), blocks.pc(), guest + ": final pc of the two engines");
        assertEquals(steps.counts(), blocks.counts(), guest + ": counters of the two engines");

        OurMachine.Run translated = OurMachine.runTranslated(elf, INSTRUCTION_BUDGET);
        assertEquals(ours.bytesAsText(), translated.transcript().bytesAsText(), guest + ": transcript, translated");
        assertEquals(steps.pc(), translated.pc(), guest + ": final pc, translated");
        assertEquals(steps.counts(), translated.counts(), guest + ": counters, translated");
    }

    /** Leaves both transcripts beside the ELF (X.qemu.txt, X.ours.txt) for a full diff. */
    private static void keepTranscripts(Path elf, String qemu, String ours) throws IOException {
        String base = elf.getFileName().toString().replaceFirst("\\.elf$", "");
        Files.writeString(elf.resolveSibling(base + ".qemu.txt"), qemu, StandardCharsets.ISO_8859_1);
        Files.writeString(elf.resolveSibling(base + ".ours.txt"), ours, StandardCharsets.ISO_8859_1);
    }
}
