package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Class initialisation guards: an invokestatic initialises the callee's class at the call site (JVMS 5.5), not
 * in the callee; code of the class itself (or a subclass) needs no guard; a guard that another of the same class
 * precedes on every path is deleted; one that only some paths precede, or that sits in a loop with none before
 * it, stays.
 */
class InitEliminationTest {
    private static final IrFixture F = new IrFixture(String.join(
            "\n",
            "public class Main {",
            "  static int counter = Integer.parseInt(\"1\");",
            "  public static void main(String[] args) {",
            "    System.out.println(twice() + own() + loop(3) + someBranch(true) + bothBranches(false) + Sub.twice());",
            "  }",
            "  static int helper() { return counter; }",
            "  static int own() { return helper() + counter; }",
            "  static int twice() { return Other.get() + Other.get(); }",
            "  static int loop(int n) { int s = 0; for (int i = 0; i < n; i++) s += Other.get(); return s; }",
            "  static int someBranch(boolean b) { int s = 0; if (b) s = Other.get(); return s + Other.get(); }",
            "  static int bothBranches(boolean b) {",
            "    if (b) Other.get(); else Other.value = 2;",
            "    return Other.get();",
            "  }",
            "}",
            "class Other {",
            "  static int value = Main.counter + 1;",
            "  static int get() { return value; }",
            "}",
            "class Sub extends Other {",
            "  static int extra = 3;",
            "  static int twice() { return get() + Other.get() + extra; }",
            "}"));

    @Test
    void aStaticMethodLeavesItsClassToItsCallers() {
        assertEquals(0, F.raw("Other", "get").count(Op.INIT), F.raw("Other", "get")::toString);
        assertEquals(0, F.raw("helper").count(Op.INIT));
    }

    @Test
    void mainInitialisesItsOwnClassAtEntry() {
        long guards = IrTesting.all(F.raw("main")).stream()
                .filter(i -> i.op == Op.INIT && i.typeName().equals("Main"))
                .count();
        assertEquals(1, guards, "main is entered from the start routine");
    }

    @Test
    void callsWithinTheClassOrFromASubclassNeedNoGuard() {
        assertEquals(0, F.optimised("own").count(Op.INIT));
        assertEquals(0, F.optimised("Sub", "twice").count(Op.INIT), F.optimised("Sub", "twice")::toString);
    }

    @Test
    void aGuardAfterAnotherOfTheSameClassIsDeleted() {
        assertEquals(2, F.raw("twice").count(Op.INIT), "one guard per invokestatic");
        assertEquals(1, F.optimised("twice").count(Op.INIT), F.optimised("twice")::toString);
        assertEquals(3, F.raw("bothBranches").count(Op.INIT), "a guard on each branch and one after the join");
        assertEquals(
                2, F.optimised("bothBranches").count(Op.INIT), "the guard after the join is preceded on both paths");
    }

    @Test
    void aGuardOnlySomePathsPassKeepsTheOneAfterTheJoin() {
        assertEquals(2, F.optimised("someBranch").count(Op.INIT), F.optimised("someBranch")::toString);
    }

    @Test
    void aGuardInALoopWithNoneBeforeItStays() {
        assertEquals(1, F.optimised("loop").count(Op.INIT), F.optimised("loop")::toString);
    }
}
