package org.mkplay.emulator.guest;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds and runs the host programs the guest tests need (GNU RISC-V toolchain, QEMU). */
public final class HostTools {
    private HostTools() {
    }

    /** What a finished host program left behind: its exit status, standard output and standard error. */
    public record Outcome(int exitStatus, String output, String errors) {
        /** Both streams, for failure messages. */
        public String everything() {
            return output + errors;
        }
    }

    /** The program's absolute path; fails the test, naming the Debian package, if it is not on PATH. */
    public static String locate(String name) {
        for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File candidate = new File(entry, name);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return fail(name + " is not installed (Debian packages gcc-riscv64-unknown-elf, qemu-system-misc);"
                + " run scripts/install-deps");
    }

    /**
     * Runs a command with no standard input (bytes of its output as ISO-8859-1 characters, one for one);
     * fails the test when it is still running after {@code timeout}.
     */
    public static Outcome run(List<String> command, Path workingDirectory, Duration timeout)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("mkplay-host-tool", ".out");
        Path errors = Files.createTempFile("mkplay-host-tool", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                fail(String.join(" ", command) + " still running after " + timeout.toSeconds() + " s; output so far:\n"
                        + Files.readString(output, StandardCharsets.ISO_8859_1));
            }
            return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.ISO_8859_1),
                    Files.readString(errors, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
        }
    }
}
