package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code mkplay run} in-process: console bytes, exit statuses, budget, bad images, stdin, stats and disk. */
// A guest that never ends must fail its test, not hang the build (the emulator loop does not poll interrupts).
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RunCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void uartOutputReachesStdoutByteForByte() throws Exception {
        byte[] bytes = {'o', 'k', 0, (byte) 0xff, (byte) 0x80, '\r', '\n', 0x1b, '[', 'm'};
        CliHarness.Result r = CliHarness.run(
                "run", write("print.elf", GuestImages.printAndExit(bytes, 0)).toString());
        assertEquals(0, r.status(), r.stderr());
        assertArrayEquals(bytes, r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void traceWritesTheKernelsRecordsDecodedOnePerLine() throws Exception {
        Path trace = dir.resolve("trace.txt");
        CliHarness.Result r = CliHarness.run(
                "run",
                "--trace",
                trace.toString(),
                write("trace.elf", GuestImages.traceOneSend()).toString());
        assertEquals(0, r.status(), r.stderr());
        assertEquals("1234 SEND t1->t0 endpoint 3 label 7 words 2 buffer 0\n", Files.readString(trace));
    }

    @Test
    void finisherPassAndFailCodesBecomeTheExitStatus() throws Exception {
        Path pass = write("pass.elf", GuestImages.printHiAndExit(0));
        Path fail = write("fail.elf", GuestImages.printHiAndExit(7));
        assertEquals(0, CliHarness.run("run", pass.toString()).status());
        CliHarness.Result failed = CliHarness.run("run", fail.toString());
        assertEquals(7, failed.status());
        assertEquals("hi\n", failed.out(), "output before a failing exit is kept");
    }

    @Test
    void tohostValueShiftedRightIsTheExitStatus() throws Exception {
        CliHarness.Result r = CliHarness.run(
                "run", write("tohost.elf", GuestImages.exitThroughTohost(5)).toString());
        assertEquals(5, r.status(), r.stderr());
    }

    @Test
    void exhaustedBudgetIs124WithOneLineNamingBudgetAndPc() throws Exception {
        Path spin = write("spin.elf", GuestImages.spinForever());
        CliHarness.Result r = CliHarness.run("run", "--max-instructions", "2500000", spin.toString());
        assertEquals(124, r.status());
        assertEquals("mkplay: instruction budget of 2500000 exhausted at pc 0x80000000\n", r.stderr());
    }

    @Test
    void aGuestThatOnlyTrapsUsesUpTheBudgetToo() throws Exception {
        Path traps = write("traps.elf", GuestImages.trapForever());
        CliHarness.Result r = assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> CliHarness.run("run", "--stats", "--max-instructions", "100000", traps.toString()));
        assertEquals(124, r.status(), "each trap counts as one unit of the budget, as in Machine.run");
        Map<String, String> stats = stats(r.stderr());
        assertEquals(
                100_000, Long.parseLong(stats.get("instructions")) + Long.parseLong(stats.get("traps")), r.stderr());
    }

    @Test
    void budgetIsExactAcrossSlices() throws Exception {
        Path spin = write("spin.elf", GuestImages.spinForever());
        CliHarness.Result r = CliHarness.run("run", "--stats", "--max-instructions", "1234567", spin.toString());
        assertEquals(124, r.status());
        assertEquals("1234567", stats(r.stderr()).get("instructions"));
    }

    @Test
    void unloadableImagesAreStatus2WithTheReason() throws Exception {
        byte[] elf32 = GuestImages.printHiAndExit(0);
        elf32[4] = 1; // EI_CLASS: ELFCLASS32
        assertBadImage(
                write("garbage.elf", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.US_ASCII)), "not an ELF file");
        assertBadImage(write("elf32.elf", elf32), "not a 64-bit ELF file");
        assertBadImage(dir.resolve("missing.elf"), "no such file");
        assertBadImage(dir, "is a directory");
    }

    private void assertBadImage(Path image, String reason) {
        CliHarness.Result r = CliHarness.run("run", image.toString());
        assertEquals(2, r.status(), r.stderr());
        assertTrue(
                r.stderr().startsWith("mkplay run: cannot load " + image + ": ")
                        && r.stderr().contains(reason),
                r.stderr());
        assertEquals(0, r.stdout().length);
    }

    @Test
    void stdinFeedsTheUartReceiver() throws Exception {
        Path echo = write("echo.elf", GuestImages.echo(6));
        CliHarness.Result r = CliHarness.runWithInput("héllo".getBytes(StandardCharsets.UTF_8), "run", echo.toString());
        assertEquals(0, r.status(), r.stderr());
        assertEquals("héllo", r.out());
    }

    @Test
    void inputTypedLaterStillReachesARunningGuest() throws Exception {
        Path echo = write("echo.elf", GuestImages.echo(2));
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(keyboard);
        Thread typist = new Thread(() -> typeSlowly(keyboard, "ab"));
        typist.start();
        CliHarness.Result r = assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> CliHarness.runWithInput(stdin, "run", echo.toString()));
        typist.join();
        assertEquals(0, r.status(), r.stderr());
        assertEquals("ab", r.out());
    }

    private static void typeSlowly(PipedOutputStream keyboard, String keys) {
        try (keyboard) {
            for (char key : keys.toCharArray()) {
                Thread.sleep(200);
                keyboard.write(key);
                keyboard.flush();
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void guestIdleAfterEndOfInputStopsWithAMessage() throws Exception {
        Path sleep = write("sleep.elf", GuestImages.sleepForever());
        CliHarness.Result free =
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliHarness.run("run", sleep.toString()));
        assertEquals(0, free.status());
        assertEquals(
                "mkplay: the guest waits for input (wfi at pc 0x80000004) and standard input has ended\n",
                free.stderr());
        CliHarness.Result bounded = CliHarness.run("run", "--max-instructions", "1000", sleep.toString());
        assertEquals(124, bounded.status(), "a bounded run that cannot finish is a timeout");
    }

    @Test
    void statsPrintEveryCounterAndTrapsByCause() throws Exception {
        CliHarness.Result r = CliHarness.run(
                "run",
                "--stats",
                write("ecall.elf", GuestImages.ecallThenPass()).toString());
        assertEquals(0, r.status(), r.stderr());
        Map<String, String> stats = stats(r.stderr());
        assertEquals(
                List.of(
                        "instructions",
                        "instructions-m",
                        "instructions-s",
                        "instructions-u",
                        "seconds",
                        "mips",
                        "traps",
                        "traps.ecall-from-m",
                        "satp-writes",
                        "tlb-hits",
                        "tlb-misses",
                        "page-walks",
                        "modelled-cycles"),
                List.copyOf(stats.keySet()));
        assertEquals("1", stats.get("traps"));
        assertEquals("1", stats.get("traps.ecall-from-m"));
        assertEquals(stats.get("instructions"), stats.get("instructions-m"), "the guest never leaves M-mode");
        assertEquals("0", stats.get("instructions-u"));
        long instructions = Long.parseLong(stats.get("instructions"));
        assertTrue(instructions > 3 && instructions < 50, "a handful of instructions: " + instructions);
        assertTrue(Long.parseLong(stats.get("modelled-cycles")) > instructions, "a trap costs extra cycles");
    }

    private static Map<String, String> stats(String stderr) {
        return stderr.lines()
                .filter(l -> !l.startsWith("mkplay:"))
                .map(l -> l.split(": ", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1], (x, y) -> y, java.util.LinkedHashMap::new));
    }

    @Test
    void missingDiskIsStatus2() throws Exception {
        Path image = write("pass.elf", GuestImages.printHiAndExit(0));
        Path disk = dir.resolve("nope.img");
        CliHarness.Result r = CliHarness.run("run", "--disk", disk.toString(), image.toString());
        assertEquals(2, r.status());
        assertEquals("mkplay run: cannot open disk " + disk + ": no such regular file\n", r.stderr());
    }

    @Test
    void diskIsReadAndWrittenThroughVirtio() throws Exception {
        byte[] sectors = new byte[1024];
        for (int i = 0; i < 512; i++) {
            sectors[i] = (byte) ('A' + i % 26);
        }
        Path disk = write("disk.img", sectors);
        Path image = write("virtio.elf", VirtioGuest.copySector0ToSector1());
        CliHarness.Result r = CliHarness.run("run", "--disk", disk.toString(), image.toString());
        assertEquals(0, r.status(), r.stderr() + r.out());
        assertEquals("ABCDEFGH", r.out());
        byte[] after = Files.readAllBytes(disk);
        assertArrayEquals(Arrays.copyOf(sectors, 512), Arrays.copyOfRange(after, 512, 1024), "sector 1 = sector 0");
    }

    @Test
    void aRequestBeyondTheDiskFailsInTheGuest() throws Exception {
        byte[] oneSector = new byte[512];
        Arrays.fill(oneSector, (byte) 'z');
        Path disk = write("small.img", oneSector);
        Path image = write("virtio.elf", VirtioGuest.copySector0ToSector1());
        CliHarness.Result r = CliHarness.run("run", "--disk", disk.toString(), image.toString());
        assertEquals(1, r.status(), "the write to sector 1 of a one-sector disk reports IOERR");
        assertEquals("zzzzzzzz", r.out());
        assertArrayEquals(oneSector, Files.readAllBytes(disk), "the file does not grow");
    }

    @Test
    void ramOutsideTheBoardLimitsIsStatus2() throws Exception {
        Path image = write("pass.elf", GuestImages.printHiAndExit(0));
        CliHarness.Result r = CliHarness.run("run", "--ram", "0", image.toString());
        assertEquals(2, r.status());
        assertTrue(r.stderr().startsWith("mkplay run: --ram: RAM must be between 1 and"), r.stderr());
    }
}
