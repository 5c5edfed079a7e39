package org.mkplay.emulator.guest;

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
 * toolchain); this rebuilds them from their sources with bench/build.sh and requires the committed copies to
 * be byte-identical, so sources and binaries cannot drift apart.
 */
class BenchBuildTest {
    private static final Path COMMITTED = Path.of("src/main/resources/org/mkplay/emulator/bench");

    @TempDir
    Path fresh;

    @Test
    @NeedsHostTools
    void committedWorkloadsEqualAFreshBuild() throws Exception {
        HostTool.locate("riscv64-unknown-elf-gcc");
        Path script = GuestBuild.GUEST_DIRECTORY.resolve("bench/build.sh");
        HostTool.Result outcome = HostTool.run(Duration.ofMinutes(2), GuestBuild.GUEST_DIRECTORY,
                List.of("bash", script.toString(), fresh.toString()));
        assertEquals(0, outcome.exitStatus(), "bench/build.sh failed:\n" + outcome.everything());
        assertEquals(elfNames(fresh), elfNames(COMMITTED), "workloads built vs committed");
        assertEquals(BenchWorkloads.NAMES.stream().map(name -> name + ".elf").sorted().toList(), elfNames(COMMITTED));
        for (String name : elfNames(fresh)) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(name)), Files.readAllBytes(COMMITTED.resolve(name)),
                    name + " differs from a fresh build: run emulator/src/test/guest/bench/build.sh and commit");
        }
    }

    @Test
    void workloadsAreOnTheClasspath() throws IOException {
        for (String workload : BenchWorkloads.NAMES) {
            assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(workload + ".elf")), BenchWorkloads.elf(workload),
                    workload);
        }
    }

    private static List<String> elfNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".elf")).sorted()
                    .toList();
        }
    }
}
