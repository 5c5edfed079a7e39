package org.mkplay.toolchain.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mkplay.toolchain.corpus.Corpus;
import org.mkplay.toolchain.link.GcOptions;

/**
 * The long-running corpus programs (corpus/Gc*.java with a {@code // mkplay-heap:} line) really exercise the
 * collector: each allocates at least 50 times its heap before its last collection (CorpusTest checks their
 * output against the JVM and QEMU).
 */
class GcCorpusTest {
    private static final Pattern HEAP = Pattern.compile("// mkplay-heap: (\\d+)\n");
    private static final Map<String, String> PROGRAMS = Corpus.programs();

    static Stream<String> longRunning() {
        return PROGRAMS.keySet().stream()
                .filter(n -> HEAP.matcher(PROGRAMS.get(n)).lookingAt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longRunning")
    void allocatesFiftyHeaps(String name) throws Exception {
        Matcher m = HEAP.matcher(PROGRAMS.get(name));
        assertTrue(m.lookingAt());
        long heap = Long.parseLong(m.group(1));
        GcRun.Outcome o = GcRun.run(name, PROGRAMS.get(name), GcOptions.heap(heap), 2_000_000_000L);
        assertEquals(0, o.exit(), o.output());
        assertTrue(
                o.allocated() >= 50 * heap,
                name + " allocated " + o.allocated() + " bytes in " + o.collections() + " collections, "
                        + (double) o.allocated() / heap + " heaps");
    }

    @org.junit.jupiter.api.Test
    void thereAreTenOfThem() {
        assertTrue(
                longRunning().count() >= 10,
                "long-running programs: " + longRunning().count());
    }
}
