package org.mkplay.bench.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.mkplay.riscv.board.Finisher;
import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.isa.Reg;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.HostToolFailure;
import org.mkplay.testkit.Qemu;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.elf.ElfWriter;

/**
 * Wall-clock runs of an image on QEMU's virt board (TCG) through the testkit's launcher (the same pinned hart as
 * the differential tests), for comparison with our emulator on the same image. The time of a process includes
 * QEMU's own start-up and shutdown, so {@link #startupNanos} measures a trivial image that ends at once;
 * comparisons subtract it.
 */
public final class QemuTiming {
    public static final String EXECUTABLE = Qemu.EXECUTABLE;

    private final Path workDirectory;
    private final Duration timeout;

    private QemuTiming(Path workDirectory, long timeoutSeconds) {
        this.workDirectory = workDirectory;
        this.timeout = Duration.ofSeconds(timeoutSeconds);
    }

    /** QEMU if {@value #EXECUTABLE} is on the PATH; images are written under {@code workDirectory}. */
    public static Optional<QemuTiming> find(Path workDirectory, long timeoutSeconds) {
        return HostTool.installed(EXECUTABLE)
                ? Optional.of(new QemuTiming(workDirectory, timeoutSeconds))
                : Optional.empty();
    }

    public String version() throws BenchFailure {
        try {
            return Qemu.version();
        } catch (HostToolFailure e) {
            throw new BenchFailure(e.getMessage());
        }
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
            output = boot(image);
            nanos[i] = System.nanoTime() - start;
        }
        return new Timing(Measurement.median(nanos), output);
    }

    /** A median wall time and the console output of the run. */
    public record Timing(long medianNanos, byte[] output) {}

    /** The console of one run; a non-zero exit status, a timeout or a missing QEMU is a failure. */
    private byte[] boot(Path image) throws BenchFailure {
        try {
            Qemu.Run run = Qemu.boot(image, timeout);
            if (run.exitStatus() != 0) {
                throw new BenchFailure(String.join(" ", Qemu.command(image)) + " exited with " + run.exitStatus() + ": "
                        + (run.text() + run.diagnostics()).strip());
            }
            return run.console();
        } catch (HostToolFailure e) {
            throw new BenchFailure(e.getMessage());
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
        elf.addSegment(new ElfWriter.Segment(
                ".text", Virt.RAM_BASE, Virt.RAM_BASE, code, code.length, ElfWriter.PF_R | ElfWriter.PF_X));
        return elf.write();
    }
}
