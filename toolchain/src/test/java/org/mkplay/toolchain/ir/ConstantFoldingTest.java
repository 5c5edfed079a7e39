package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Folding with Java's semantics, after propagation has made the operands constants. */
class ConstantFoldingTest {
    private static final IrFixture F = new IrFixture(String.join(
            "\n",
            "public class Main {",
            "  public static void main(String[] args) { System.out.println(product() + overflow() + shift() + byZero() + twice(3) + narrowed(5)); store(new byte[1], 7); }",
            "  static int product() { int x = 6; int y = 7; return x * y; }",
            "  static int overflow() { int x = Integer.MAX_VALUE; return x + 1; }",
            "  static int shift() { int s = 33; return 1 << s; }",
            "  static int byZero() { int z = 0; return 5 / z; }",
            "  static int twice(int a) { return a * 8; }",
            "  static void store(byte[] d, int x) { d[0] = (byte) (x >>> 24); }",
            "  static int narrowed(int x) { return (byte) x + 1; }",
            "}"));

    private static String returned(IrMethod m) {
        Insn r = IrTesting.blockOf(m, Op.RETURN).last();
        return r.operand(0);
    }

    @Test
    void localsHoldingConstantsFold() {
        IrMethod m = F.optimised("product");
        assertEquals("#42", returned(m), m::toString);
        assertEquals(0, m.count(Op.MUL));
    }

    @Test
    void intArithmeticWrapsAndShiftDistancesAreMasked() {
        assertEquals("#" + Integer.MIN_VALUE, returned(F.optimised("overflow")));
        assertEquals("#2", returned(F.optimised("shift")), "1 << 33 is 1 << 1 for an int");
        assertEquals(Long.MIN_VALUE, Arith.apply(Op.DIV, true, Long.MIN_VALUE, -1));
        assertEquals(Integer.MIN_VALUE, Arith.apply(Op.DIV, false, Integer.MIN_VALUE, -1));
        assertEquals(-1L, Arith.apply(Op.USHR, true, -1, 64));
    }

    @Test
    void divisionByZeroIsLeftToFaultAtRunTime() {
        IrMethod m = F.optimised("byZero");
        assertEquals(1, m.count(Op.DIV_CHECK), m::toString);
        assertEquals(1, m.count(Op.DIV), m::toString);
    }

    @Test
    void multiplicationByAPowerOfTwoIsAShift() {
        IrMethod m = F.optimised("twice");
        assertEquals(0, m.count(Op.MUL), m::toString);
        assertTrue(m.toString().contains("shl v0, #3"), m::toString);
    }

    @Test
    void aNarrowingOnlyStoredAtItsWidthIsDropped() {
        assertEquals(1, F.raw("store").count(Op.I2B));
        assertEquals(0, F.optimised("store").count(Op.I2B), F.optimised("store")::toString);
        assertEquals(1, F.optimised("narrowed").count(Op.I2B), "(byte) x + 1 needs the sign-extended byte");
    }
}
