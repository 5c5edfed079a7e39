package org.mkplay.bench.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.mkplay.testkit.HostTool;

/**
 * Builds the C twin of a benchmark with the RISC-V GCC into a bare-metal image for the same board:
 * crt0.S (stack, .bss), bench_rt.c (UART output, exit) and bench.ld (placed at 0x8000_0000).
 */
final class CTwin {
    static final String GCC = "riscv64-unknown-elf-gcc";
    /** -mcmodel=medany: the image lives at 0x8000_0000, beyond the reach of the default medlow model. */
    static final List<String> FLAGS = List.of(
            "-O2", "-march=rv64imac", "-mabi=lp64", "-mcmodel=medany", "-nostdlib", "-ffreestanding", "-static");

    private static final Duration GCC_TIMEOUT = Duration.ofMinutes(2);
    private static final List<String> RUNTIME = List.of("crt0.S", "bench_rt.c", "bench.h", "bench.ld");

    private CTwin() {}

    static byte[] build(BenchResources.Program program, int size) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("mkplay-bench-c");
            for (String file : RUNTIME) Files.writeString(dir.resolve(file), BenchResources.read(file));
            Files.writeString(dir.resolve(program.name() + ".c"), program.cSource());
            List<String> command = new ArrayList<>(List.of(GCC));
            command.addAll(FLAGS);
            command.addAll(List.of(
                    "-DSIZE=" + size,
                    "-T",
                    "bench.ld",
                    "-o",
                    "twin.elf",
                    "crt0.S",
                    "bench_rt.c",
                    program.name() + ".c",
                    "-lgcc"));
            HostTool.run(GCC_TIMEOUT, dir, command).requireSuccess();
            return Files.readAllBytes(dir.resolve("twin.elf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    static String gccVersion() {
        String out = HostTool.run(GCC_TIMEOUT, List.of(GCC, "--version"))
                .requireSuccess()
                .out();
        return out.lines().findFirst().orElse(GCC);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
