package org.mkplay.bench.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.testkit.Qemu;

/**
 * The peer benchmark's images (src/main/peer/build.sh, which scripts/peer-tinyemu also runs on TinyEMU), at the
 * compiler benchmark's test sizes: on QEMU virt and on our machine the runtime finds the UART and the finisher
 * (not TinyEMU's HTIF), the twin's result line is the same on both, and the image reports the measured region's
 * count and its minstret at exit, which on our machine is the count of everything retired before it.
 */
@NeedsHostTools
class PeerImageTest {
    private static final String SCRIPT = "src/main/peer/build.sh";
    private static final Pattern REGION = Pattern.compile("^workload instructions (\\d+)$", Pattern.MULTILINE);
    private static final Pattern AT_EXIT = Pattern.compile("^minstret at exit (\\d+)$", Pattern.MULTILINE);
    /** From the read of minstret to the finisher's store: printing the number and a newline, then bench_exit. */
    private static final long AFTER_THE_LAST_READ = 600;

    @TempDir
    static Path images;

    @BeforeAll
    static void build() throws Exception {
        HostTool.locate("riscv64-unknown-elf-gcc");
        HostTool.Result outcome =
                HostTool.run(Duration.ofMinutes(2), List.of("bash", SCRIPT, images.toString(), "--test-sizes"));
        assertEquals(0, outcome.exitStatus(), SCRIPT + " failed:\n" + outcome.everything());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sieve-test", "crc32-test", "matmul-test"})
    void runsOnQemuAndOursWithTheSameResult(String name) throws Exception {
        Path elf = images.resolve(name + ".elf");
        assertTrue(Files.isRegularFile(images.resolve(name + ".bin")), name + ".bin, TinyEMU's copy, is missing");
        Qemu.Run qemu = Qemu.boot(elf, Qemu.TIMEOUT);
        assertEquals(0, qemu.exitStatus(), name + " on QEMU:\n" + qemu.bytesAsText() + qemu.diagnostics());

        Machine machine = new Machine(new MachineConfig().ramMiB(128));
        machine.load(Files.readAllBytes(elf));
        Transcript ours = machine.runToEnd(100_000_000L);
        assertTrue(ours.halted(), name + " did not halt");
        assertEquals(0, ours.exitStatus(), name + ": exit status\n" + ours.bytesAsText());

        String result = ours.bytesAsText().lines().findFirst().orElse("");
        assertTrue(
                result.startsWith(name.replace("-test", "")),
                name + " printed no result first:\n" + ours.bytesAsText());
        assertEquals(result, qemu.bytesAsText().lines().findFirst().orElse(""), name + ": result line on QEMU");

        long region = number(REGION, ours, name);
        long atExit = number(AT_EXIT, ours, name);
        assertTrue(region > 0 && region < atExit, name + ": region " + region + ", at exit " + atExit);
        long after = ours.instructions() - atExit;
        assertTrue(after > 0 && after < AFTER_THE_LAST_READ, name + ": " + after + " instructions after the last read");
    }

    private static long number(Pattern pattern, Transcript transcript, String name) {
        Matcher m = pattern.matcher(transcript.bytesAsText());
        assertTrue(m.find(), name + " printed no " + pattern.pattern() + ":\n" + transcript.bytesAsText());
        return Long.parseLong(m.group(1));
    }
}
