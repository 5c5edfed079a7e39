package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bytecode to IR: operand-stack entries become virtual registers, implicit checks become instructions. */
class BuilderTest {
    private static final IrFixture F = new IrFixture(String.join(
            "\n",
            "public class Main {",
            "  int x;",
            "  public static void main(String[] args) { mulAdd(2, 3); postIncrement(1); System.out.println(new Main().get(new int[1], 0)); }",
            "  static int mulAdd(int a, int b) {",
            "    return a * b + 1;",
            "  }",
            "  static int postIncrement(int a) {",
            "    int old = a++;",
            "    return old * a;",
            "  }",
            "  int get(int[] t, int i) {",
            "    return t[i] + x;",
            "  }",
            "}"));

    @Test
    void stackCodeBecomesThreeAddressCodeOverVirtualRegisters() {
        IrMethod m = F.raw("mulAdd");
        String text = m.toString();
        assertTrue(text.matches("(?s).*v\\d+:i = mul v0, v1  @5\n.*"), text);
        assertTrue(text.matches("(?s).*v\\d+:i = add v\\d+, #1  @5\n.*"), text);
        assertEquals(2, m.count(Op.PARAM));
        assertEquals(1, m.count(Op.RETURN));
    }

    @Test
    void aStackEntryReadingALocalKeepsItsValueWhenTheLocalChanges() {
        IrMethod m = F.raw("postIncrement");
        assertEquals(
                1,
                IrTesting.all(m).stream()
                        .filter(i -> i.op == Op.MOV && i.src[0] == 0)
                        .count(),
                "the old value of a is copied before a++ changes it:\n" + m);
    }

    @Test
    void implicitChecksAreExplicitInstructions() {
        IrMethod m = F.raw("get");
        assertEquals(1, m.count(Op.BOUNDS_CHECK), m::toString);
        assertEquals(1, m.count(Op.ALEN0), "the length-or-zero the bounds check compares with:\n" + m);
        assertEquals(1, m.count(Op.NULL_CHECK), "for the field read through this:\n" + m);
    }
}
