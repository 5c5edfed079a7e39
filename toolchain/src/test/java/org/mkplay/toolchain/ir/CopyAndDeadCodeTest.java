package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Copy propagation and dead-code removal. */
class CopyAndDeadCodeTest {
    private static final IrFixture F = new IrFixture(String.join(
            "\n",
            "public class Main {",
            "  public static void main(String[] args) { System.out.println(chain(1) + unused(2) + joined(3, true)); }",
            "  static int chain(int a) { int b = a; int c = b; return c + 1; }",
            "  static int unused(int a) { int waste = a * 3; return a; }",
            "  static int joined(int a, boolean f) { int b = a; if (f) b = a + 1; return b * 5; }",
            "}"));

    @Test
    void copiesAreReadThrough() {
        IrMethod m = F.optimised("chain");
        assertEquals(0, m.count(Op.MOV), m::toString);
        assertTrue(m.toString().contains("add v0, #1"), "reads the parameter itself:\n" + m);
    }

    @Test
    void valuesNobodyReadsAreRemoved() {
        IrMethod raw = F.raw("unused"), opt = F.optimised("unused");
        assertEquals(1, raw.count(Op.MUL));
        assertEquals(0, opt.count(Op.MUL), opt::toString);
    }

    @Test
    void aCopyThatDoesNotReachOnEveryPathStays() {
        IrMethod m = F.optimised("joined");
        assertTrue(m.toString().matches("(?s).*mul v(?!0,)\\d+, #5.*"), "b is a or a + 1 at the multiply:\n" + m);
    }
}
