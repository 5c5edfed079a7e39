package org.mkplay.toolchain.corpus;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.Profile;

/**
 * Every corpus program, compiled by us (standalone profile) and run bare-metal, prints exactly the bytes the JVM
 * prints and exits with the same status. The JVM runs start together before the first comparison.
 */
class CorpusTest {
    private static final Map<String, String> PROGRAMS = Corpus.programs();
    private static final GuestRunner RUNNER = new QemuRunner();
    private static Map<String, CompletableFuture<ChildProcess.Outcome>> jvmRuns;

    @BeforeAll
    static void startJvmRuns() throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        PROGRAMS.forEach((name, source) -> files.put(name + ".java", source));
        jvmRuns = JvmOracle.compile(files).runAll(List.copyOf(PROGRAMS.keySet()));
    }

    static Stream<String> programs() {
        return PROGRAMS.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void behavesAsOnTheJvm(String name) throws Exception {
        CompileResult compiled = Compiler.compile(
            CompileRequest.ofSources(Map.of(name + ".java", PROGRAMS.get(name)), name, Profile.STANDALONE));
        assertTrue(compiled.ok(), compiled::formattedDiagnostics);
        GuestRunner.Outcome guest = RUNNER.run(compiled.elf());
        ChildProcess.Outcome jvm = jvmRuns.get(name).get();
        assertTrue(jvm.stdout().length > 0, "a corpus program must print something to be worth comparing");
        assertNull(OutputComparison.mismatch(jvm, guest), () -> name + " on " + RUNNER.name());
    }

    @Test
    void corpusCoversEnoughPrograms() {
        assertTrue(PROGRAMS.size() >= 45, "corpus has only " + PROGRAMS.size() + " programs");
    }
}
