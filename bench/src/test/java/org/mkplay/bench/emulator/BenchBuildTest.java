package org.mkplay.bench.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;

/**
 * The benchmark ELFs are committed as resources (the backend and the browser load them without a RISC-V
 * toolchain); this rebuilds them from their sources with src/main/c/emulator/build.sh and requires the committed copies to
 * be byte-identical, so sources and binaries cannot drift apart.
 */
class BenchBuildTest {
    private static final String SCRIPT = "src/main/c/emulator/build.sh";
    private static final Path COMMITTED = Path.of("src/main/resources/org/mkplay/bench/emulator");

    @TempDir
    Path fresh;

    @Test
    @NeedsHostTools
    void committedWorkloadsEqualAFreshBuild() throws Exception {
        HostTool.locate("riscv64-unknown-elf-gcc");
        HostTool.Result outcome = HostTool.run(Duration.ofMinutes(2), List.of("bash", SCRIPT, fresh.toString()));
        assertEquals(0, outcome.exitStatus(), SCRIPT + " failed:\n" + outcome.everything());
        assertEquals(elfNames(fresh), elfNames(COMMITTED), "workloads built vs committed");
        assertEquals(
                BenchWorkloads.NAMES.stream()
                        .map(name -> name + ".elf")
                        .sorted()
                        .toList(),
                elfNames(COMMITTED));
        for (String name : elfNames(fresh)) {
            assertArrayEquals(
                    Files.readAllBytes(fresh.resolve(name)),
                    Files.readAllBytes(COMMITTED.resolve(name)),
                    name + " differs from a fresh build: run bench/" + SCRIPT + " and commit");
        }
    }

    @Test
    void workloadsAreOnTheClasspath() throws IOException {
        for (String workload : BenchWorkloads.NAMES) {
            assertArrayEquals(
                    Files.readAllBytes(COMMITTED.resolve(workload + ".elf")), BenchWorkloads.elf(workload), workload);
        }
    }

    private static List<String> elfNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".elf"))
                    .sorted()
                    .toList();
        }
    }
}
