package org.mkplay.toolchain.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.ListingLine;
import org.mkplay.toolchain.front.Profile;

/** What linear-scan allocation gives, read from the listing: values in registers, frames only when needed. */
class RegisterAllocationTest {
    private static final CompileResult COMPILED = Compiler.compile(CompileRequest.ofSources(
            Map.of(
                    "Main.java",
                    String.join(
                            "\n",
                            "public class Main {",
                            "  public static void main(String[] args) { System.out.println(square(7) + afterCall(3) + many(1, 2)); }",
                            "  static int square(int x) { return x * x; }",
                            "  static int afterCall(int x) { System.out.println(x); return x + 1; }",
                            "  static int many(int a, int b) {",
                            "    int c = a + b, d = a - b, e = a * b, f = c * d, g = e + f, h = g * a, i = h - b, j = i * c;",
                            "    int k = j + d, l = k * e, m = l - f, n = m + g, o = n * h, p = o - i, q = p + j, r = q * k;",
                            "    return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r;",
                            "  }",
                            "}")),
            "Main",
            Profile.STANDALONE));

    private static List<String> code(String method) {
        return code(COMPILED, method);
    }

    private static List<String> code(CompileResult compiled, String method) {
        return compiled.listing().stream()
                .filter(l -> l.method().equals("Main." + method))
                .map(ListingLine::disassembly)
                .collect(Collectors.toList());
    }

    @Test
    void aLeafMethodNeedsNoFrame() {
        assertEquals(List.of("mulw a0,a0,a0", "ret"), code("square"));
    }

    @Test
    void aValueLiveAcrossACallIsInACalleeSavedRegister() {
        List<String> code = code("afterCall");
        assertTrue(code.stream().anyMatch(l -> l.matches("mv s\\d+,a0")), "x is kept in an s register: " + code);
        assertTrue(code.stream().noneMatch(l -> l.matches("s[dw] a0,.*\\(sp\\)")), "nothing spilled: " + code);
    }

    @Test
    void eighteenLiveValuesFitInRegisters() {
        List<String> code = code("many");
        assertTrue(code.stream().noneMatch(l -> l.matches("(ld|sd) [ta]\\d+,.*\\(sp\\)")), "no value spilled: " + code);
    }

    @NeedsHostTools
    @Test
    void valuesBeyondTheSRegistersLiveAcrossCallsInFrameSlots() throws Exception {
        StringBuilder src = new StringBuilder("public class Main {\n"
                + "  static long f(long x) { System.out.print(\"\"); return x * 3 + 1; }\n"
                + "  public static void main(String[] args) {\n");
        for (int k = 0; k < 16; k++)
            src.append("    long v").append(k).append(" = f(").append(k).append(");\n");
        src.append("    long sum = f(100);\n");
        for (int k = 0; k < 16; k++)
            src.append("    sum = sum * 7 + v").append(k).append(";\n");
        src.append("    System.out.println(sum);\n  }\n}\n");
        Differential.assertSame(src.toString());
        List<String> main = code(Differential.compile(src.toString()), "main");
        assertTrue(
                main.stream().anyMatch(l -> l.matches("ld t[0-2],\\d+\\(sp\\)")),
                "some values reloaded from frame slots: " + main);
    }
}
