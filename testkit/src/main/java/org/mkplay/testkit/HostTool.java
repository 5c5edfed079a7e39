package org.mkplay.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The one way mkplay's tests and benchmarks run programs of the host (the GNU RISC-V toolchain, QEMU, a shell):
 * found on the PATH, no standard input, standard output and error captured apart as bytes (in files, so no reader
 * thread competes with a timed run), and a timeout after which the process is killed. A missing tool is a
 * {@link HostToolFailure} naming the Debian package (a test fails, it never skips).
 */
public final class HostTool {
    /** The Debian package of each tool the tests use ({@code scripts/install-deps} installs them). */
    private static final Map<String, String> PACKAGES = Map.of(
            "qemu-system-riscv64", "qemu-system-misc",
            "riscv64-unknown-elf-gcc", "gcc-riscv64-unknown-elf",
            "riscv64-unknown-elf-as", "binutils-riscv64-unknown-elf",
            "riscv64-unknown-elf-ld", "binutils-riscv64-unknown-elf",
            "riscv64-unknown-elf-objdump", "binutils-riscv64-unknown-elf",
            "riscv64-unknown-elf-objcopy", "binutils-riscv64-unknown-elf");

    private HostTool() {}

    /** A finished process: its command line, both output streams and its exit status. */
    public record Result(List<String> command, byte[] stdout, byte[] stderr, int exitStatus) {
        /** Standard output as UTF-8 text. */
        public String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        /** Standard error as UTF-8 text. */
        public String err() {
            return new String(stderr, StandardCharsets.UTF_8);
        }

        /** Both streams, output first, for failure messages and checks on what a tool said. */
        public String everything() {
            return out() + err();
        }

        /** This result if the tool exited 0; otherwise a failure carrying the command and everything it printed. */
        public Result requireSuccess() {
            if (exitStatus != 0) {
                throw new HostToolFailure(
                        String.join(" ", command) + " exited with " + exitStatus + ":\n" + everything());
            }
            return this;
        }
    }

    /** True if {@code name} is an executable on the PATH (for the benchmark's optional comparisons). */
    public static boolean installed(String name) {
        return find(name) != null;
    }

    /** The absolute path of {@code name} on the PATH; a failure naming the Debian package if it is not there. */
    public static Path locate(String name) {
        Path found = find(name);
        if (found == null) {
            throw new HostToolFailure(name + " is not installed (Debian package "
                    + PACKAGES.getOrDefault(name, "providing " + name) + "); run scripts/install-deps");
        }
        return found;
    }

    private static Path find(String name) {
        for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(entry.isEmpty() ? "." : entry, name);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        return null;
    }

    /** Runs {@code command} in the current directory; see {@link #run(Duration, Path, List)}. */
    public static Result run(Duration timeout, List<String> command) {
        return run(timeout, Path.of("").toAbsolutePath(), command);
    }

    /**
     * Runs {@code command} (its first word, if not a path, is looked up on the PATH) in {@code directory} and waits
     * for it; still running after {@code timeout}, it is killed and the run fails with the output so far.
     */
    public static Result run(Duration timeout, Path directory, List<String> command) {
        return run(timeout, directory, command, false);
    }

    /**
     * Like {@link #run(Duration, Path, List)}, but standard error goes into the same capture as standard output, in
     * the order the program wrote them (for comparing a program's whole console, as a terminal shows it); the
     * result's {@code stderr} is empty.
     */
    public static Result runMerged(Duration timeout, Path directory, List<String> command) {
        return run(timeout, directory, command, true);
    }

    /**
     * Like {@link #run(Duration, Path, List)}, but typing: once the program's standard output contains {@code prompt},
     * {@code input} is written to its standard input, which stays open until the program ends (QEMU with its serial
     * port on stdio drops what it has not read yet when its input reaches end-of-file).
     */
    public static Result runTyping(
            Duration timeout, Path directory, List<String> command, String prompt, byte[] input) {
        List<String> resolved = new ArrayList<>(command);
        if (!resolved.get(0).contains(File.separator)) {
            resolved.set(0, locate(resolved.get(0)).toString());
        }
        Path err = null;
        try {
            err = Files.createTempFile("mkplay-host-tool", ".err");
            Process process = new ProcessBuilder(resolved)
                    .directory(directory.toFile())
                    .redirectError(err.toFile())
                    .start();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.lang.Thread reader = new java.lang.Thread(() -> copy(process.getInputStream(), out));
            reader.start();
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean typed = false;
            while (process.isAlive() && System.nanoTime() < deadline) {
                if (!typed && text(out).contains(prompt)) {
                    process.getOutputStream().write(input);
                    process.getOutputStream().flush();
                    typed = true;
                }
                process.waitFor(10, TimeUnit.MILLISECONDS);
            }
            if (process.isAlive()) {
                process.destroyForcibly().waitFor();
                reader.join();
                throw new HostToolFailure(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                        + " s; output so far:\n" + text(out) + Files.readString(err, StandardCharsets.UTF_8));
            }
            reader.join();
            process.getOutputStream().close();
            return new Result(List.copyOf(command), bytes(out), Files.readAllBytes(err), process.exitValue());
        } catch (IOException e) {
            throw new HostToolFailure("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            java.lang.Thread.currentThread().interrupt();
            throw new HostToolFailure("interrupted while " + command.get(0) + " ran", e);
        } finally {
            deleteQuietly(err);
        }
    }

    private static void copy(java.io.InputStream in, java.io.ByteArrayOutputStream out) {
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static String text(java.io.ByteArrayOutputStream out) {
        return new String(bytes(out), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(java.io.ByteArrayOutputStream out) {
        synchronized (out) {
            return out.toByteArray();
        }
    }

    private static Result run(Duration timeout, Path directory, List<String> command, boolean merged) {
        List<String> resolved = new ArrayList<>(command);
        if (!resolved.get(0).contains(File.separator)) {
            resolved.set(0, locate(resolved.get(0)).toString());
        }
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("mkplay-host-tool", ".out");
            err = Files.createTempFile("mkplay-host-tool", ".err");
            Process process = new ProcessBuilder(resolved)
                    .directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectErrorStream(merged)
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new HostToolFailure(String.join(" ", command) + " did not finish within "
                        + timeout.toSeconds() + " s; output so far:\n" + Files.readString(out, StandardCharsets.UTF_8)
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Result(
                    List.copyOf(command), Files.readAllBytes(out), Files.readAllBytes(err), process.exitValue());
        } catch (IOException e) {
            throw new HostToolFailure("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostToolFailure("interrupted while " + command.get(0) + " ran", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
