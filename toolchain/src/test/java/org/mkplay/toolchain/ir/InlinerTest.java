package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Tiny callees replaced by their bodies (ir.build.Inliner): static ones that read and write statics, and instance
 * methods called directly (final or private) that touch only their own object's fields, with the receiver still
 * checked for null where the call was; a method that may be overridden, or whose body may fault, stays a call.
 */
class InlinerTest {
    private static final IrFixture F = new IrFixture(String.join(
            "\n",
            "public class Main {",
            "  int x; Main next; static int counter;",
            "  public static void main(String[] args) {",
            "    Main m = new Main();",
            "    System.out.println(callers() + viaParameter(m) + m.notFinal() + m.deep() + m.getX() + m.set(2) + bump());",
            "  }",
            "  final int getX() { return x; }",
            "  private int set(int v) { x = v; return v; }",
            "  static int bump() { counter++; return counter; }",
            "  int notFinal() { return x; }",
            "  final int deep() { return next.x; }",
            "  static int viaParameter(Main p) { return p.getX(); }",
            "  static int callers() { Main m = new Main(); return m.getX() + m.set(1) + bump() + m.notFinal() + m.deep(); }",
            "}"));

    @Test
    void finalAndPrivateAccessorsAndStaticCounterAreInlined() {
        assertEquals(6, F.raw("callers").count(Op.CALL), "the constructor and the five calls");
        IrMethod m = F.optimised("callers");
        assertEquals(
                3, m.count(Op.CALL), "the constructor, notFinal (may be overridden), deep (next may be null)\n" + m);
    }

    @Test
    void theReceiverOfAnInlinedCallIsStillCheckedForNull() {
        IrMethod m = F.optimised("viaParameter");
        assertEquals(0, m.count(Op.CALL), m::toString);
        assertEquals(1, m.count(Op.NULL_CHECK), "p may be null: the invoke's check stays\n" + m);
    }

    @Test
    void aReceiverKnownNotNullNeedsNoCheck() {
        IrMethod m = F.optimised("callers");
        assertEquals(
                0, m.count(Op.NULL_CHECK), "m is a new object: neither a call nor an inlined body checks it\n" + m);
    }
}
