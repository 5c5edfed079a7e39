package org.mkplay.toolchain.corpus;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.link.GcOptions;

/**
 * Every corpus program, compiled by us (standalone profile) and run bare-metal, prints exactly the bytes the JVM
 * prints and exits with the same status: on our emulator (the oracle-compared runner) and on QEMU (a second,
 * independent machine, so an emulator bug cannot hide a compiler bug or the other way round).
 * The JVM runs start together before the first comparison; each image is compiled once.
 */
class CorpusTest {
    private static final Map<String, String> PROGRAMS = Corpus.programs();
    private static final Map<String, byte[]> IMAGES = new ConcurrentHashMap<>();
    private static JvmOracle oracle;
    private static Map<String, CompletableFuture<HostTool.Result>> jvmRuns;

    @BeforeAll
    static void startJvmRuns() throws Exception {
        Map<String, String> files = new TreeMap<>();
        PROGRAMS.forEach((name, source) -> files.put(name + ".java", source));
        oracle = JvmOracle.compile(files);
        jvmRuns = oracle.runAll(List.copyOf(PROGRAMS.keySet()));
    }

    @AfterAll
    static void removeClasses() throws Exception {
        if (oracle != null) oracle.close();
    }

    static Stream<String> programs() {
        return PROGRAMS.keySet().stream();
    }

    @ParameterizedTest(name = "{0} on our Machine")
    @MethodSource("programs")
    void onOurMachine(String name) throws Exception {
        assertAgrees(name, new MachineRunner());
    }

    @NeedsHostTools
    @ParameterizedTest(name = "{0} on QEMU")
    @MethodSource("programs")
    void onQemu(String name) throws Exception {
        assertAgrees(name, new QemuRunner());
    }

    @Test
    void corpusCoversEnoughPrograms() {
        assertTrue(PROGRAMS.size() >= 45, "corpus has only " + PROGRAMS.size() + " programs");
    }

    private static void assertAgrees(String name, GuestRunner runner) throws Exception {
        GuestRunner.Outcome guest = runner.run(IMAGES.computeIfAbsent(name, CorpusTest::compile));
        HostTool.Result jvm = jvmRuns.get(name).get();
        assertTrue(jvm.stdout().length > 0, "a corpus program must print something to be worth comparing");
        assertNull(OutputComparison.mismatch(jvm, guest), () -> name + " on " + runner.name());
    }

    private static byte[] compile(String name) {
        return compileWithHeap(name, PROGRAMS.get(name)).elf();
    }

    /**
     * A program's first line {@code // mkplay-heap: BYTES} gives it a heap of that size, so that the long-running
     * collector programs allocate many heaps' worth in little time.
     */
    static CompileResult compileWithHeap(String name, String source) {
        Matcher heap = HEAP.matcher(source);
        GcOptions gc = heap.lookingAt() ? GcOptions.heap(Long.parseLong(heap.group(1))) : GcOptions.DEFAULT;
        CompileResult compiled =
                Compiler.compile(CompileRequest.ofSources(Map.of(name + ".java", source), name, Profile.STANDALONE)
                        .withGc(gc));
        assertTrue(compiled.ok(), compiled::formattedDiagnostics);
        return compiled;
    }

    static final Pattern HEAP = Pattern.compile("// mkplay-heap: (\\d+)\n");
}
