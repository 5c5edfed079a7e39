package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;

/** {@code mkplay bench} in-process on tiny workloads: the figures are printed, failures are reported. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BenchCommandTest {
    static final long ITERATIONS = 200_000;
    /** workload, instructions, seconds, MIPS, traps, satp-writes, tlb-misses. */
    static final Pattern ROW =
            Pattern.compile("(?m)^(\\S+) +(\\d+) +(\\d+\\.\\d{3}) +(\\d+\\.\\d) +(\\d+) +(\\d+) +(\\d+)$");

    @TempDir
    Path dir;

    private Path countDown() throws Exception {
        return Files.write(dir.resolve("countdown.elf"), GuestImages.countDown(ITERATIONS));
    }

    @Test
    void emulatorBenchPrintsAMipsRowWithTheExactInstructionCount() throws Exception {
        CliHarness.Result r =
                CliHarness.run("bench", "emulator", "--image", countDown().toString(), "--repeat", "2", "--no-qemu");
        assertEquals(0, r.status(), r.stderr());
        Matcher row = ROW.matcher(r.out());
        assertTrue(row.find(), r.out());
        assertEquals("countdown", row.group(1));
        long instructions = Long.parseLong(row.group(2));
        assertTrue(instructions >= 2 * ITERATIONS && instructions < 2 * ITERATIONS + 30, "count: " + instructions);
        assertTrue(Double.parseDouble(row.group(4)) > 0, "MIPS");
        assertEquals("0", row.group(5), "no traps");
        assertFalse(row.find(), "one workload, one row");
        assertFalse(r.out().contains("QEMU"), r.out());
    }

    @Test
    void everyEngineRetiresTheSameInstructionsAndABadEngineIsStatus2() throws Exception {
        String image = countDown().toString();
        String[] engines = {"blocks", "steps", "jit"};
        String[] counts = new String[engines.length];
        for (int i = 0; i < engines.length; i++) {
            CliHarness.Result r = CliHarness.run(
                    "bench", "emulator", "--image", image, "--repeat", "1", "--no-qemu", "--engine", engines[i]);
            assertEquals(0, r.status(), r.stderr());
            assertTrue(r.out().contains("engine: " + engines[i]), r.out());
            Matcher row = ROW.matcher(r.out());
            assertTrue(row.find(), r.out());
            counts[i] = row.group(2);
        }
        assertEquals(counts[0], counts[1], "instructions on the block engine and the per-instruction loop");
        assertEquals(counts[0], counts[2], "instructions with blocks translated to JVM bytecode");
        CliHarness.Result bad = CliHarness.run("bench", "emulator", "--image", image, "--engine", "wasm");
        assertEquals(2, bad.status());
        assertTrue(bad.stderr().contains("--engine must be blocks, jit or steps, got wasm"), bad.stderr());
    }

    @Test
    void builtInWorkloadRunsFromTheClasspath() {
        CliHarness.Result r =
                CliHarness.run("bench", "emulator", "--workload", "integer", "--repeat", "1", "--no-qemu");
        assertEquals(0, r.status(), r.stderr());
        Matcher row = ROW.matcher(r.out());
        assertTrue(row.find() && row.group(1).equals("integer"), r.out());
        assertTrue(Long.parseLong(row.group(2)) > 1_000_000, "a real workload: " + row.group(2));
    }

    @NeedsHostTools
    @Test
    void qemuIsComparedOnTheSameImageWhenInstalled() throws Exception {
        assumeTrue(HostTool.installed("qemu-system-riscv64"), "qemu-system-riscv64 is not installed");
        CliHarness.Result r =
                CliHarness.run("bench", "emulator", "--image", countDown().toString(), "--repeat", "1");
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.out().contains("start-up and shutdown, measured at"), r.out());
        assertTrue(
                Pattern.compile("(?m)^countdown +\\d+ +-?\\d+\\.\\d{3} +\\S+ +\\S+ +yes$")
                        .matcher(r.out())
                        .find(),
                "a QEMU row whose console output equals ours:\n" + r.out());
    }

    @Test
    void unknownWorkloadIsStatus2AndListsTheKnownOnes() {
        CliHarness.Result r = CliHarness.run("bench", "emulator", "--workload", "nope");
        assertEquals(2, r.status());
        assertTrue(
                r.stderr().contains("no built-in workload nope") && r.stderr().contains("integer-sv39"), r.stderr());
    }

    @Test
    void failingOrHungWorkloadsAreStatus1WithTheReason() throws Exception {
        Path failing = Files.write(dir.resolve("failing.elf"), GuestImages.printHiAndExit(3));
        Path spinning = Files.write(dir.resolve("spinning.elf"), GuestImages.spinForever());
        CliHarness.Result failed = CliHarness.run("bench", "emulator", "--image", failing.toString(), "--no-qemu");
        assertEquals(1, failed.status());
        assertTrue(failed.stderr().contains("failing: the guest failed with status 3"), failed.stderr());
        CliHarness.Result hung = CliHarness.run(
                "bench", "emulator", "--image", spinning.toString(), "--no-qemu", "--max-instructions", "100000");
        assertEquals(1, hung.status());
        assertTrue(hung.stderr().contains("spinning: did not finish within 100000 instructions"), hung.stderr());
    }

    @NeedsHostTools
    @Test
    void ipcBenchRefusesAMissingImageOrOneThatIsNotTheBenchAndSaysWhy() throws Exception {
        CliHarness.Result missing = CliHarness.run(
                "bench", "ipc", "--image", dir.resolve("none.elf").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.stderr().contains("no such image"), missing.stderr());
        Path other = Files.write(dir.resolve("hi.elf"), GuestImages.printHiAndExit(0));
        CliHarness.Result wrong = CliHarness.run("bench", "ipc", "--image", other.toString(), "--json");
        assertEquals(1, wrong.status());
        assertTrue(wrong.stderr().contains("the bench image did not run to its end"), wrong.stderr());
        assertEquals("", wrong.out());
    }

    @Test
    void compilerBenchDelegatesToTheToolchain() {
        CliHarness.Result r = CliHarness.run("bench", "compiler", "--quick");
        assertEquals(0, r.status(), r.stderr() + r.out());
        assertTrue(r.out().contains("geomean") && r.out().contains("Compile time"), r.out());
    }
}
