package org.mkplay.bench.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.testkit.Qemu;
import org.mkplay.testkit.TranscriptDiff;

/**
 * Each benchmark workload (the committed resource ELF) runs on QEMU and on our Machine: both must exit 0 and
 * print the same transcript, checksum included.
 */
@NeedsHostTools
class QemuBenchWorkloadTest {
    private static final Duration QEMU_TIMEOUT = Duration.ofSeconds(120);
    private static final long INSTRUCTION_BUDGET = 2_000_000_000L;

    @TempDir
    Path directory;

    @ParameterizedTest
    @FieldSource("org.mkplay.bench.emulator.BenchWorkloads#NAMES")
    void workloadChecksumMatchesQemu(String workload) throws Exception {
        Path elf = directory.resolve(workload + ".elf");
        Files.write(elf, BenchWorkloads.elf(workload));
        Qemu.Run qemu = Qemu.boot(elf, QEMU_TIMEOUT);
        assertEquals(0, qemu.exitStatus(), workload + " on QEMU:\n" + qemu.bytesAsText() + qemu.diagnostics());
        assertTrue(
                qemu.bytesAsText().contains("\nchecksum 0x"),
                workload + " on QEMU printed no checksum:\n" + qemu.bytesAsText());

        long start = System.nanoTime();
        Machine machine = new Machine(new MachineConfig().ramMiB(128));
        machine.load(Files.readAllBytes(elf));
        Transcript ours = machine.runToEnd(INSTRUCTION_BUDGET);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: %d instructions in %d ms on our machine%n", workload, ours.instructions(), millis);
        assertEquals(
                "", TranscriptDiff.describe(qemu.bytesAsText(), ours.bytesAsText()), workload + ": UART transcript");
        assertTrue(ours.halted(), workload + " did not halt after " + ours.instructions() + " instructions");
        assertEquals(0, ours.exitStatus(), workload + ": exit status");
    }
}
