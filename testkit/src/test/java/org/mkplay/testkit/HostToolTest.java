package org.mkplay.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HostTool on the POSIX shell, which every machine that builds mkplay has. */
class HostToolTest {
    private static final Duration SHORT = Duration.ofSeconds(20);

    @TempDir
    Path directory;

    @Test
    void outputAndErrorAreCapturedApartAsBytes() {
        HostTool.Result r =
                HostTool.run(SHORT, directory, List.of("sh", "-c", "printf 'a\\377b'; echo oops >&2; exit 3"));
        assertArrayEquals(new byte[] {'a', (byte) 0xFF, 'b'}, r.stdout());
        assertEquals("oops\n", r.err());
        assertEquals(3, r.exitStatus());
        HostToolFailure failure = assertThrows(HostToolFailure.class, r::requireSuccess);
        assertMentions(failure, "exited with 3", "oops");
    }

    @Test
    void mergedKeepsTheOrderOfBothStreams() {
        HostTool.Result r = HostTool.runMerged(SHORT, directory, List.of("sh", "-c", "echo 1; echo 2 >&2; echo 3"));
        assertEquals("1\n2\n3\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void runsInTheGivenDirectoryWithNoInput() throws IOException {
        HostTool.Result r = HostTool.run(SHORT, directory, List.of("sh", "-c", "pwd; cat; echo end"));
        assertEquals(directory.toRealPath().toString() + "\nend\n", r.out());
    }

    @Test
    void aHungToolIsKilledAndReportedWithItsOutputSoFar() {
        long start = System.nanoTime();
        HostToolFailure failure = assertThrows(
                HostToolFailure.class,
                () -> HostTool.run(
                        Duration.ofSeconds(1), directory, List.of("sh", "-c", "echo started; exec sleep 60")));
        assertTrue((System.nanoTime() - start) / 1e9 < 30, "killed at the timeout, not after the sleep");
        assertMentions(failure, "did not finish within 1 s", "started");
    }

    @Test
    void aMissingToolNamesItsDebianPackage() {
        HostToolFailure failure =
                assertThrows(HostToolFailure.class, () -> HostTool.locate("qemu-system-riscv64-nope"));
        assertMentions(failure, "qemu-system-riscv64-nope is not installed");
        assertEquals(false, HostTool.installed("qemu-system-riscv64-nope"));
        assertTrue(HostTool.installed("sh"));
    }

    @Test
    void theQemuCommandPinsTheCpuOnce() {
        List<String> command = Qemu.command(Path.of("/x/image.elf"), "-drive", "file=d");
        assertEquals(1, command.stream().filter("-cpu"::equals).count());
        assertEquals(Qemu.CPU, command.get(command.indexOf("-cpu") + 1));
        assertEquals(
                List.of("-kernel", "/x/image.elf", "-drive", "file=d"),
                command.subList(command.size() - 4, command.size()));
    }

    /** The failure's message says every one of the phrases. */
    private static void assertMentions(HostToolFailure failure, String... phrases) {
        for (String phrase : phrases) assertTrue(failure.getMessage().contains(phrase), failure.getMessage());
    }
}
