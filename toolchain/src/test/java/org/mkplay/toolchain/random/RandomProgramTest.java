package org.mkplay.toolchain.random;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mkplay.testkit.HostTool;
import org.mkplay.toolchain.corpus.JvmOracle;
import org.mkplay.toolchain.corpus.MachineRunner;
import org.mkplay.toolchain.corpus.QemuRunner;

/**
 * Random programs (seeded: {@code -Dmkplay.random.seed=S -Dmkplay.random.programs=N} picks seeds S .. S+N-1)
 * must behave on our Machine exactly as on the JVM. A failure is reduced and both the full and the reduced
 * program are written under target/random-failures/, and QEMU is asked whether it agrees with the JVM, which
 * tells a compiler bug from an emulator bug.
 */
class RandomProgramTest {
    private static final long BASE_SEED = Long.getLong("mkplay.random.seed", 0x6d6b706c6179L);
    private static final int PROGRAMS = Integer.getInteger("mkplay.random.programs", 30);
    private static final int FUNCTIONS_PER_PROGRAM = 10;
    private static final Map<Long, GeneratedProgram> GENERATED = new LinkedHashMap<>();
    private static JvmOracle oracle;
    private static Map<String, CompletableFuture<HostTool.Result>> jvmRuns;

    @BeforeAll
    static void generateAndStartJvmRuns() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        for (long seed : seeds().toList()) {
            GeneratedProgram p = ProgramGenerator.generate(seed, FUNCTIONS_PER_PROGRAM);
            GENERATED.put(seed, p);
            files.put(p.fileName(), p.render());
        }
        List<String> classes =
                GENERATED.values().stream().map(GeneratedProgram::className).toList();
        oracle = JvmOracle.compile(files);
        jvmRuns = oracle.runAll(classes);
    }

    @AfterAll
    static void removeClasses() throws Exception {
        if (oracle != null) oracle.close();
    }

    static Stream<Long> seeds() {
        return LongStream.range(BASE_SEED, BASE_SEED + PROGRAMS).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void behavesAsOnTheJvm(long seed) throws Exception {
        GeneratedProgram p = GENERATED.get(seed);
        Finding finding = RandomDifferential.check(p, jvmRuns.get(p.className()).get(), new MachineRunner());
        if (finding == null) return;
        Path full = write(p, "");
        GeneratedProgram reduced = new Reducer(
                        c -> RandomDifferential.check(c, RandomDifferential.jvm(c), new MachineRunner()) != null)
                .reduce(p, finding);
        Path small = write(reduced, "-reduced");
        Finding onQemu = RandomDifferential.check(reduced, RandomDifferential.jvm(reduced), new QemuRunner());
        fail("seed " + seed + " (replay: -Dmkplay.random.seed=" + seed + " -Dmkplay.random.programs=1)\n"
                + "program: " + full + "\nreduced: " + small + "\nQEMU on the reduced program: "
                + (onQemu == null
                        ? "agrees with the JVM (so the emulator is suspect)"
                        : "fails too (so the compiler is suspect)")
                + "\n" + finding.description());
    }

    private static Path write(GeneratedProgram p, String suffix) throws Exception {
        Path dir = Files.createDirectories(
                Path.of(System.getProperty("basedir", "."), "target", "random-failures", p.className() + suffix));
        Path file = dir.resolve(p.fileName());
        Files.writeString(file, p.render());
        return file;
    }
}
