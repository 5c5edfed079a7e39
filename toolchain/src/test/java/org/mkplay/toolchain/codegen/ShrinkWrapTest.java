package org.mkplay.toolchain.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.ListingLine;
import org.mkplay.toolchain.front.Profile;

/**
 * A method that needs its frame only to call, and calls only on some paths, builds it on the way into the blocks
 * between its calls (MethodCompiler#frameBlocks): once on a path of several calls, never on a path that calls
 * nothing; the values it keeps in caller-saved registers across a call are loaded back where they are read next
 * (MethodCompiler#pending), not on a path that returns without them. The corpus programs ColdCallRegions and UncaughtAfterColdCalls run the same shapes
 * against the JVM.
 */
class ShrinkWrapTest {
    private static CompileResult compiled;

    @BeforeAll
    static void compile() throws Exception {
        String source = EndToEndTest.resource("/corpus/ColdCallRegions.java");
        compiled = Compiler.compile(CompileRequest.ofSources(
                Map.of("ColdCallRegions.java", source), "ColdCallRegions", Profile.STANDALONE));
        assertTrue(compiled.ok(), compiled::formattedDiagnostics);
    }

    private static List<String> code(String method) {
        return compiled.listing().stream()
                .filter(l -> l.method().equals("ColdCallRegions." + method))
                .map(ListingLine::disassembly)
                .toList();
    }

    private static long count(List<String> code, String prefix) {
        return code.stream().filter(l -> l.startsWith(prefix)).count();
    }

    private static int first(List<String> code, String prefix) {
        for (int k = 0; k < code.size(); k++) if (code.get(k).startsWith(prefix)) return k;
        return -1;
    }

    @Test
    void twoCallsOnOneColdPathShareOneFrameBuiltAfterTheTest() {
        List<String> code = code("activate");
        assertEquals(1, count(code, "add sp,sp,-"), "one frame, built once: " + code);
        int build = first(code, "add sp,sp,-"), call = first(code, "jal ");
        assertTrue(build > first(code, "b") && build < call, "built after the tests, before the calls: " + code);
        assertEquals(0, count(code, "sd s"), "no s register: " + code);
    }

    @Test
    void workBetweenTwoColdRegionsRunsWithoutAFrame() {
        List<String> code = code("between"); // if (tracing) record(..); work; if (tracing) record(..)
        assertEquals(2, count(code, "add sp,sp,-"), "a frame for each record, none around the work: " + code);
        int work = first(code, "mul"),
                second =
                        code.lastIndexOf(code.stream()
                                .filter(l -> l.startsWith("add sp,sp,-"))
                                .reduce((x, y) -> y)
                                .orElseThrow());
        assertTrue(work < second, "the work comes before the second record's frame: " + code);
        assertEquals(0, count(code, "sd s"), "no s register: " + code);
    }

    @Test
    void aChainOfTestsReachesItsCallLessReturnWithoutAFrame() {
        List<String> code = code("perform");
        assertTrue(first(code, "add sp,sp,-") > first(code, "b"), "the first test runs before any frame: " + code);
        assertEquals(0, count(code, "sd s"), "values across the calls in caller-saved registers: " + code);
        int returns = (int) count(code, "ret");
        assertTrue(returns >= 3, "each return has its own epilogue: " + code);
    }

    @Test
    void valuesStoredAroundACallAreLoadedBackOnlyWhereRead() {
        List<String> code = code("perform"); // if (note(arg) > 5) return 100; ... dispatch(number, arg)
        int tested = 0;
        // the first two calls are note(arg) > 5 and note(arg * 2) > 9: the other way needs arg and number, the
        // return does not (later ones, such as dispatch's, are followed by code that needs them both ways)
        for (int k = 0; k < code.size() && tested < 2; k++) {
            if (!code.get(k).startsWith("jal ")) continue;
            int j = k + 1;
            while (j < code.size() && !code.get(j).matches("(b|jal |ret).*")) j++;
            if (j == code.size() || !code.get(j).startsWith("b")) continue; // the result is not tested at once
            tested++;
            List<String> between = code.subList(k + 1, j + 1);
            for (int m = 0; m < between.size() - 1; m++) {
                String l = between.get(m);
                if (!l.matches("ld (?!ra)\\w+,\\d+\\(sp\\)")) continue;
                String r = l.substring(3, l.indexOf(','));
                boolean read = between.subList(m + 1, between.size()).stream()
                        .anyMatch(x -> List.of(x.substring(x.indexOf(' ') + 1).split("[,()]"))
                                .subList(
                                        x.startsWith("b") ? 0 : 1,
                                        x.substring(x.indexOf(' ') + 1).split("[,()]").length)
                                .contains(r));
                assertTrue(read, "only what the test reads is loaded before it: " + between);
            }
        }
        assertEquals(2, tested, "the calls whose result is tested at once: " + code);
    }
}
