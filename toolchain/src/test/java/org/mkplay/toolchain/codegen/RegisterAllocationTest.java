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
                            "  public static void main(String[] args) { System.out.println(square(7) + afterCall(3) + many(1, 2) + rare(4, true) + deadAfter(9)); }",
                            "  static int rare(int x, boolean slow) { if (slow) show(x); return x + 1; }",
                            "  static int deadAfter(int x) { int y = x * 3; if (x > 5) { show(y); return 0; } return y; }",
                            "  static void show(int v) { System.out.println(v); }",
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
    void aValueLiveAcrossOnlyAConditionalCallIsStoredAroundIt() {
        List<String> code = code("rare");
        assertTrue(code.stream().noneMatch(l -> l.matches("sd s\\d+,.*\\(sp\\)")), "no s register saved: " + code);
        int call = indexOf(code, "jalr? .*");
        int store = indexOf(code, "sd a0,\\d+\\(sp\\)"), load = indexOf(code, "ld a0,\\d+\\(sp\\)");
        assertTrue(store < call && call < load, "x (a0) stored before the call and reloaded after it: " + code);
        assertEquals(code.get(store).substring(3), code.get(load).substring(3), "from the same slot: " + code);
    }

    @Test
    void aMethodThatCallsOnlyOnAConditionalPathBuildsItsFrameThere() {
        List<String> code = code("rare");
        int frame = indexOf(code, "add sp,sp,-\\d+"), call = indexOf(code, "jalr? .*");
        int drop = indexOf(code, "add sp,sp,\\d+"), ret = indexOf(code, "ret");
        assertTrue(frame > 0, "no frame at the entry: " + code);
        assertTrue(frame < call && call < drop && drop < ret, "the frame is built around the call only: " + code);
    }

    @Test
    void aValueDeadAfterACallIsNeitherSavedNorInAnSRegister() {
        List<String> code = code("deadAfter");
        assertTrue(code.stream().noneMatch(l -> l.matches("s[dw] [ats]\\d+,.*\\(sp\\)")), "nothing saved: " + code);
    }

    @NeedsHostTools
    @Test
    void valuesStoredAroundConditionalCallsSurviveThemAsOnTheJvm() throws Exception {
        Differential.assertSame(String.join(
                "\n",
                "public class Main {",
                "  static long total;",
                "  static long note(long v) { System.out.println(\"note \" + v); return v & 1; }",
                "  static long mix(long a, long b, int n) {",
                "    long c = a * 31 + b, d = a ^ b, e = c - d;",
                "    if (n % 3 == 0) c += note(c);",
                "    if (n % 5 == 0) { d += note(d); e -= note(e); }",
                "    long r = c * 7 + d * 3 + e;",
                "    if (n % 7 == 0) total += note(r);",
                "    return r + a + b;",
                "  }",
                "  public static void main(String[] args) {",
                "    long s = 0;",
                "    for (int n = 0; n < 40; n++) s = s * 3 + mix(n * 1000003L, s, n);",
                "    System.out.println(s + \" \" + total);",
                "  }",
                "}"));
    }

    private static int indexOf(List<String> code, String regex) {
        for (int k = 0; k < code.size(); k++) if (code.get(k).matches(regex)) return k;
        throw new AssertionError("no " + regex + " in " + code);
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
