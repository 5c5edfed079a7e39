package org.mkplay.backend.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mkplay.riscv.board.Finisher;
import org.mkplay.riscv.board.Virt;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Encoder;
import org.mkplay.toolchain.asm.Reg;
import org.mkplay.toolchain.elf.ElfWriter;

/**
 * Wall-clock runs of an image on QEMU's virt board (TCG), for comparison with our emulator on the same image.
 * The time of a process includes QEMU's own start-up and shutdown, so {@link #startupNanos} measures a trivial
 * image that ends at once; comparisons subtract it.
 */
public final class Qemu {
    public static final String EXECUTABLE = "qemu-system-riscv64";

    private final Path executable;
    private final Path workDirectory;
    private final long timeoutSeconds;

    private Qemu(Path executable, Path workDirectory, long timeoutSeconds) {
        this.executable = executable;
        this.workDirectory = workDirectory;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** QEMU if {@value #EXECUTABLE} is on the PATH; images are written under {@code workDirectory}. */
    public static Optional<Qemu> find(Path workDirectory, long timeoutSeconds) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, EXECUTABLE);
            if (Files.isExecutable(candidate)) {
                return Optional.of(new Qemu(candidate, workDirectory, timeoutSeconds));
            }
        }
        return Optional.empty();
    }

    public String version() throws BenchFailure {
        return new String(run(List.of(executable.toString(), "--version")).output, StandardCharsets.UTF_8).lines().findFirst().orElse("?");
    }

    /** Median wall time of {@code repeat} runs of the trivial image. */
    public long startupNanos(int repeat) throws BenchFailure {
        return medianNanos(new Workload("startup", trivialImage()), repeat).medianNanos;
    }

    /** Median wall time of {@code repeat} runs of the workload, and what it printed (on the last run). */
    public Timing medianNanos(Workload workload, int repeat) throws BenchFailure {
        Path image = workDirectory.resolve(workload.name() + ".elf");
        try {
            Files.write(image, workload.elf());
        } catch (IOException e) {
            throw new BenchFailure("cannot write " + image + " for QEMU: " + e.getMessage());
        }
        long[] nanos = new long[repeat];
        byte[] output = null;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            output = run(command(image)).output;
            nanos[i] = System.nanoTime() - start;
        }
        return new Timing(Measurement.median(nanos), output);
    }

    /** A median wall time and the console output of the run. */
    public record Timing(long medianNanos, byte[] output) {}

    private List<String> command(Path image) {
        return List.of(executable.toString(), "-machine", "virt", "-bios", "none", "-nographic", "-m", Virt.DEFAULT_RAM_MIB + "M",
                "-kernel", image.toString());
    }

    private record Finished(byte[] output) {}

    /**
     * Runs a command with stdin closed and stdout plus stderr collected in a file (no reader thread competes
     * with the timing); fails on a non-zero status, or on a timeout after killing the process.
     */
    private Finished run(List<String> command) throws BenchFailure {
        Path log = workDirectory.resolve("qemu-output.txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new BenchFailure(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            byte[] output = Files.readAllBytes(log);
            if (process.exitValue() != 0) {
                throw new BenchFailure(String.join(" ", command) + " exited with " + process.exitValue() + ": "
                        + new String(output, StandardCharsets.UTF_8).strip());
            }
            return new Finished(output);
        } catch (IOException e) {
            throw new BenchFailure("cannot run " + EXECUTABLE + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted while " + EXECUTABLE + " ran");
        }
    }

    /** Writes the pass value to the SiFive test finisher, which powers QEMU's virt board off at once. */
    static byte[] trivialImage() {
        Assembler a = new Assembler(Virt.RAM_BASE);
        a.li(Reg.T0, Virt.FINISHER_BASE);
        a.li(Reg.T1, Finisher.PASS);
        a.emit(Encoder.sw(Reg.T1, Reg.T0, 0));
        a.emit(Encoder.wfi()); // not reached: the store ends the run
        byte[] code = a.finish();
        ElfWriter elf = new ElfWriter().entry(Virt.RAM_BASE);
        elf.addSegment(new ElfWriter.Segment(".text", Virt.RAM_BASE, Virt.RAM_BASE, code, code.length,
                ElfWriter.PF_R | ElfWriter.PF_X));
        return elf.write();
    }
}
