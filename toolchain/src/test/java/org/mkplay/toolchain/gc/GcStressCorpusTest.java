package org.mkplay.toolchain.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mkplay.toolchain.corpus.Corpus;
import org.mkplay.toolchain.link.GcOptions;

/**
 * Corpus programs that use the collections, strings and boxes of the runtime library, run in a 1 MiB heap with a
 * collection every 23rd allocation and the heap checker after each: they print exactly what they print with the
 * default heap (which CorpusTest compares with the JVM), and the checker finds nothing.
 */
class GcStressCorpusTest {
    private static final Map<String, String> PROGRAMS = Corpus.programs();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "CollectionsBasics",
                "HashTreeBins",
                "LinkedListOps",
                "WordFrequency",
                "BinarySearchTree",
                "StringBuilderEdits",
                "SplitAndMatch",
                "Formatting",
                "BoxedValues",
                "GraphSearch"
            })
    void sameOutputUnderStress(String name) throws Exception {
        String source = PROGRAMS.get(name);
        GcRun.Outcome normal = GcRun.run(name, source, GcOptions.DEFAULT, 2_000_000_000L);
        GcRun.Outcome stressed =
                GcRun.run(name, source, GcOptions.heap(1024 * 1024).stressed(23), 2_000_000_000L);
        assertEquals(normal.output(), stressed.output());
        assertEquals(normal.exit(), stressed.exit());
        assertTrue(stressed.collections() > 0, name + " never collected");
    }
}
