package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Loop rotation (tail duplication), loop-invariant code motion and value numbering within blocks and across an
 * edge into a block with one predecessor.
 */
class LoopPassesTest {
    private static final IrFixture F = new IrFixture(String.join(
            "\n",
            "public class Main {",
            "  static int[] table = new int[8];",
            "  public static void main(String[] args) { int[] a = new int[8]; System.out.println(prefix(a, 5) + statics(3)); increment(a, 2); System.out.println(nested(a) + twoLoops(a) + again(2, 3, true) + joined(2, 3, false)); }",
            "  static int nested(int[] a) { for (int i = 2; i <= 100000; i++) for (long j = (long) i * i; j <= 100000; j += i) a[(int) (j & 7)] = 5; return a[0]; }",
            "  static int twoLoops(int[] a) { int s = 0; for (int i = 0; i < 100000; i++) s += a[i & 7]; a[1] = s; for (int i = 0; i < 100000; i++) s += a[i & 7] * 3; return s; }",
            "  static int prefix(int[] a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i] * 100000; return s; }",
            "  static int statics(int n) { int s = 0; for (int i = 0; i < n; i++) s += table[i & 7]; return s; }",
            "  static void increment(int[] a, int i) { a[i] += 1; }",
            "  static int again(int a, int b, boolean f) { int x = a * b; if (f) return x + a * b; return x - 1; }",
            "  static int joined(int a, int b, boolean f) { int x = 0; if (f) x = a * b; return x + a * b; }",
            "}"));

    @Test
    void aValueOfTheOnlyPredecessorIsNotComputedAgain() {
        assertEquals(2, F.raw("again").count(Op.MUL));
        IrMethod m = F.optimised("again");
        assertEquals(1, m.count(Op.MUL), "a * b in the branch reads the first product:\n" + m);
    }

    @Test
    void aValueOfOnePathIntoAJoinIsComputedAgain() {
        IrMethod m = F.optimised("joined");
        assertEquals(2, m.count(Op.MUL), "the path that skipped the first product needs the second:\n" + m);
    }

    @Test
    void theLoopTestIsRepeatedAtTheBottom() {
        IrMethod m = F.optimised("prefix");
        assertEquals(2, m.count(Op.BR), "one test before the loop, one at its end:\n" + m);
        Block body = IrTesting.blockOf(m, Op.LOAD);
        assertEquals(Op.BR, body.last().op, "the body ends with the test, not a jump back:\n" + m);
    }

    @Test
    void lengthsAndLargeConstantsAreComputedBeforeTheLoop() {
        IrMethod m = F.optimised("prefix");
        Block body = IrTesting.blockOf(m, Op.LOAD);
        assertFalse(body.insns.stream().anyMatch(i -> i.op == Op.ALEN0 || i.op == Op.ALEN), m::toString);
        assertFalse(
                body.insns.stream().anyMatch(i -> i.op == Op.MUL && i.isConstant(1)), "100000 is in a register:\n" + m);
    }

    @Test
    void aStaticFieldAddressIsComputedOnce() {
        IrMethod m = F.optimised("statics");
        Block body = IrTesting.blockOf(m, Op.LOAD);
        assertFalse(body.insns.stream().anyMatch(i -> i.op == Op.STATIC_ADDR), m::toString);
    }

    @Test
    void anInnerLoopsConstantsAreLoadedBeforeTheOuterLoopOnce() {
        IrMethod m = F.optimised("nested");
        assertEquals(1, constants(m, 100000), "the inner and the outer loop share one register:\n" + m);
        Block inner = IrTesting.blockOf(m, Op.STORE);
        for (Cfg.Loop loop : Cfg.loops(m))
            for (Block b : loop.body())
                assertFalse(b.insns.stream().anyMatch(i -> i.op == Op.CONST), "no constant loaded in a loop:\n" + m);
        assertFalse(inner.insns.stream().anyMatch(i -> i.op == Op.STORE && i.isConstant(1)), m::toString);
    }

    @Test
    void aConstantIsNotKeptAliveAcrossCodeThatDoesNotNeedIt() {
        IrMethod m = F.optimised("twoLoops");
        assertEquals(2, constants(m, 100000), "each loop loads 100000 before it runs:\n" + m);
    }

    private static long constants(IrMethod m, long value) {
        return m.blocks.stream()
                .flatMap(b -> b.insns.stream())
                .filter(i -> i.op == Op.CONST && i.imm == value)
                .count();
    }

    @Test
    void anElementReadAndWrittenIsCheckedAndAddressedOnce() {
        assertEquals(2, F.raw("increment").count(Op.BOUNDS_CHECK));
        IrMethod m = F.optimised("increment");
        assertEquals(1, m.count(Op.BOUNDS_CHECK), m::toString);
        assertEquals(1, m.count(Op.SHL), m::toString);
    }
}
