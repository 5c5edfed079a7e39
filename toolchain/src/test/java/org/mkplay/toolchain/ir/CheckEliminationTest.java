package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Null and bounds checks deleted where they cannot fail, and kept where they can. */
class CheckEliminationTest {
    private static final IrFixture F = new IrFixture(String.join(
            "\n",
            "public class Main {",
            "  int x, y;",
            "  public static void main(String[] args) {",
            "    int[] a = {1, 2, 3};",
            "    Main m = new Main();",
            "    System.out.println(sum(a) + overrun(a) + skipping(a, 1) + constants() + constantOverrun() + m.fields() + other(m) + bounded(5));",
            "    System.out.println(descents(a) + unguarded(a) + weakGuard(a));",
            "    System.out.println(countDown(a) + swap(a, 0, 2) + higherFirst(a) + lowerFirst(a) + moved(a, 0, 1));",
            "  }",
            "  static int sum(int[] a) { int s = 0; for (int i = 0; i < a.length; i++) s += a[i]; return s; }",
            "  static int overrun(int[] a) { int s = 0; for (int i = 0; i <= a.length; i++) s += a[i]; return s; }",
            "  static int skipping(int[] a, int k) { int s = 0; for (int i = 0; i < a.length; i++) { s += a[i]; i += k; } return s; }",
            "  static int constants() { int[] t = new int[4]; t[3] = 1; return t[2]; }",
            "  static int constantOverrun() { int[] t = new int[4]; t[4] = 1; return t[0]; }",
            "  int fields() { return this.x + this.y; }",
            "  static int other(Main p) { return p.x + p.y; }",
            "  static int descents(int[] a) { int s = 0; for (int i = 0; i < a.length; i++) if (i > 0 && a[i - 1] > a[i]) s++; return s; }",
            "  static int unguarded(int[] a) { int s = 0; for (int i = 0; i < a.length; i++) s += a[i - 1]; return s; }",
            "  static int weakGuard(int[] a) { int s = 0; for (int i = 0; i < a.length; i++) if (i >= 0) s += a[i - 1]; return s; }",
            "  static int bounded(int n) { int[] t = new int[10]; int s = 0; for (int i = 0; i < 10; i++) s += t[i]; return s + n; }",
            "  static int countDown(int[] a) { int s = 0; while (a[0] != 0) { s++; a[0]--; } return s; }",
            "  static int swap(int[] a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; return t; }",
            "  static int higherFirst(int[] a) { a[2] = 0; return a[1] + a[2]; }",
            "  static int lowerFirst(int[] a) { a[1] = 0; return a[2]; }",
            "  static int moved(int[] a, int i, int k) { a[i] = 1; i += k; return a[i]; }",
            "}"));

    @Test
    void theCountingLoopOverAnArrayHasNoBoundsCheck() {
        assertEquals(1, F.raw("sum").count(Op.BOUNDS_CHECK));
        IrMethod m = F.optimised("sum");
        assertEquals(0, m.count(Op.BOUNDS_CHECK), m::toString);
    }

    @Test
    void thePreviousElementBehindAPositiveIndexNeedsNoCheck() {
        assertEquals(2, F.raw("descents").count(Op.BOUNDS_CHECK));
        assertEquals(0, F.optimised("descents").count(Op.BOUNDS_CHECK), F.optimised("descents")::toString);
    }

    @Test
    void thePreviousElementOfAnIndexThatMayBeZeroKeepsItsCheck() {
        assertEquals(1, F.optimised("unguarded").count(Op.BOUNDS_CHECK), "a[-1] on the first iteration");
        assertEquals(1, F.optimised("weakGuard").count(Op.BOUNDS_CHECK), "i >= 0 lets i - 1 be -1");
    }

    @Test
    void aLoopThatCanRunPastTheEndKeepsItsCheck() {
        assertEquals(1, F.optimised("overrun").count(Op.BOUNDS_CHECK), "i <= a.length reaches a.length");
        assertEquals(1, F.optimised("skipping").count(Op.BOUNDS_CHECK), "i += k may make i negative");
    }

    @Test
    void constantIndexesBelowAConstantLengthNeedNoCheck() {
        assertEquals(0, F.optimised("constants").count(Op.BOUNDS_CHECK), F.optimised("constants")::toString);
        assertEquals(1, F.optimised("constantOverrun").count(Op.BOUNDS_CHECK), "t[4] of a 4-element array");
        assertEquals(0, F.optimised("bounded").count(Op.BOUNDS_CHECK), "i < 10 on an array of 10");
    }

    @Test
    void anElementCheckedOnceIsNotCheckedAgain() {
        assertEquals(3, F.raw("countDown").count(Op.BOUNDS_CHECK));
        assertEquals(1, F.optimised("countDown").count(Op.BOUNDS_CHECK), F.optimised("countDown")::toString);
        assertEquals(4, F.raw("swap").count(Op.BOUNDS_CHECK));
        assertEquals(2, F.optimised("swap").count(Op.BOUNDS_CHECK), F.optimised("swap")::toString);
        assertEquals(1, F.optimised("higherFirst").count(Op.BOUNDS_CHECK), "a[2] passed: a has at least 3 elements");
    }

    @Test
    void aPassedCheckSaysNothingAboutAHigherOrAnotherIndex() {
        assertEquals(2, F.optimised("lowerFirst").count(Op.BOUNDS_CHECK), "a[1] passed says nothing of a[2]");
        assertEquals(2, F.optimised("moved").count(Op.BOUNDS_CHECK), "i changed between the two accesses");
    }

    @Test
    void thisIsNeverNullAndAReferenceIsCheckedOnce() {
        assertEquals(0, F.optimised("fields").count(Op.NULL_CHECK));
        assertEquals(2, F.raw("other").count(Op.NULL_CHECK));
        assertEquals(1, F.optimised("other").count(Op.NULL_CHECK), F.optimised("other")::toString);
    }
}
