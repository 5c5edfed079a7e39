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
 * A static read and written in one method is reached through one auipc whose low part each access takes
 * (MethodCompiler's shared statics): a counter's increment is auipc, load, add, store; and a method that reaches
 * three or more statics and calls nothing on a hot path reaches them all from one base register (StaticBase).
 * The corpus program StaticCounters runs the same methods against the JVM.
 */
class StaticAccessTest {
    private static List<String> code(String method) throws Exception {
        String source = EndToEndTest.resource("/corpus/StaticCounters.java");
        CompileResult r = Compiler.compile(
                CompileRequest.ofSources(Map.of("StaticCounters.java", source), "StaticCounters", Profile.STANDALONE));
        assertTrue(r.ok(), r::formattedDiagnostics);
        return r.listing().stream()
                .filter(l -> l.method().equals("StaticCounters." + method))
                .map(ListingLine::disassembly)
                .toList();
    }

    @Test
    void aCounterIsOneAuipcThenItsLoadAndStore() throws Exception {
        List<String> code = code("close"); // Stats.closed++; Stats.total ^= i; (after Stats' initialisation check)
        int counters = 0;
        for (int k = 0; k + 3 < code.size(); k++) {
            if (!code.get(k).startsWith("auipc")) continue;
            String base = code.get(k).substring(6, code.get(k).indexOf(','));
            String load = code.get(k + 1), store = code.get(k + 3);
            if (!load.matches("l[wd] \\w+,-?\\d+\\(" + base + "\\)")) continue;
            assertTrue(store.matches("s[wd] \\w+,-?\\d+\\(" + base + "\\)"), "stores through it too: " + code);
            assertEquals(load.substring(load.indexOf(',')), store.substring(store.indexOf(',')), "the same field");
            counters++;
        }
        assertEquals(2, counters, "both updates are auipc, load, op, store: " + code);
        assertTrue(
                code.stream().noneMatch(l -> l.matches("add t\\d,t\\d,\\d+") && !l.startsWith("add t0")),
                code.toString());
    }

    @Test
    void threeStaticsOfAMethodThatCallsNothingShareOneBase() throws Exception {
        List<String> code = code("narrow"); // shorts, bytes and letter, read and written in a loop (StaticBase)
        assertEquals(1, code.stream().filter(l -> l.startsWith("auipc")).count(), "one auipc: " + code);
        String auipc =
                code.stream().filter(l -> l.startsWith("auipc")).findFirst().orElseThrow();
        String base = auipc.substring(6, auipc.indexOf(','));
        long through = code.stream()
                .filter(l -> l.matches("(l[bhw]u?|s[bhw]) \\w+,-?\\d+\\(" + base + "\\)"))
                .map(l -> l.substring(l.indexOf(',') + 1))
                .distinct()
                .count();
        assertEquals(3, through, "the three statics at their offsets from the base: " + code);
    }
}
