package org.mkplay.toolchain.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.ListingLine;
import org.mkplay.toolchain.front.Profile;

/**
 * Shrink-wrapping of {@code if (cond) return;} at a method's entry (MethodCompiler.findEarlyReturn): the guard
 * runs before the prologue and its return builds no frame; a guard whose value lives in an s register keeps the
 * prologue first. The corpus program EarlyReturns runs the same methods against the JVM.
 */
class EarlyReturnTest {
    private static List<String> code(CompileResult r, String method) {
        return r.listing().stream()
                .filter(l -> l.method().equals("EarlyReturns." + method))
                .map(ListingLine::disassembly)
                .toList();
    }

    private static CompileResult compile() throws Exception {
        String source = EndToEndTest.resource("/corpus/EarlyReturns.java");
        CompileResult r = Compiler.compile(
                CompileRequest.ofSources(Map.of("EarlyReturns.java", source), "EarlyReturns", Profile.STANDALONE));
        assertTrue(r.ok(), r::formattedDiagnostics);
        return r;
    }

    @Test
    void aGuardAtTheEntryReturnsBeforeTheFrameIsBuilt() throws Exception {
        CompileResult r = compile();
        for (String m : List.of("trace", "pick", "get", "firstOrZero")) {
            List<String> code = code(r, m);
            int frame = indexOf(code, "add sp,sp,-"), branch = indexOf(code, "b");
            assertTrue(frame > 0 && branch >= 0 && branch < frame, m + ": the guard's branch comes first\n" + code);
            int restore = code.lastIndexOf("ret");
            assertTrue(
                    code.indexOf("ret") < restore, m + ": a return without the epilogue, and the epilogue's\n" + code);
        }
    }

    @Test
    void aMethodWithoutAGuardStartsWithItsFrame() throws Exception {
        List<String> code = code(compile(), "main");
        assertTrue(code.get(0).startsWith("add sp,sp,-"), code.get(0));
        assertEquals(1, code.stream().filter(s -> s.equals("ret")).count());
    }

    private static int indexOf(List<String> code, String prefix) {
        for (int k = 0; k < code.size(); k++) if (code.get(k).startsWith(prefix)) return k;
        return -1;
    }
}
