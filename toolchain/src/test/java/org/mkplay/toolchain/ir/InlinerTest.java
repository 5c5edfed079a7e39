package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tiny callees replaced by their bodies (ir.build.Inliner): static ones that read and write statics, and instance
 * methods called directly (final or private) that touch only their own object's fields, with the receiver still
 * checked for null where the call was; small methods of the program that may fault or call, whose body keeps its
 * own lines as inlined positions (the corpus program ExInlinedFrames compares the traces with the JVM's); a method
 * that may be overridden stays a call, and so does a small one called from the runtime library.
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
            "  static int faulty(Main p, int[] a, int i) {",
            "    return p.deep()",
            "      + a[i] / i",
            "      + twice(p);",
            "  }",
            "  static int twice(Main p) {",
            "    int d = p.next.x;",
            "    return p.notFinal() + d;",
            "  }",
            "}"));

    @Test
    void finalAndPrivateAccessorsAndStaticCounterAreInlined() {
        assertEquals(6, F.raw("callers").count(Op.CALL), "the constructor and the five calls");
        IrMethod m = F.optimised("callers");
        assertEquals(2, m.count(Op.CALL), "the constructor, notFinal (may be overridden)\n" + m);
    }

    @Test
    void smallMethodsThatMayFaultOrCallAreInlinedWithTheirOwnLines() {
        IrMethod m = F.optimised("faulty");
        assertEquals(1, m.count(Op.CALL), "deep and twice inlined; twice's call of notFinal stays\n" + m);
        Insn call = only(m, Op.CALL);
        assertEquals(new InlinedLine("Main", "twice", 21, 17), m.inlinedAt(call.line), "the call inside twice\n" + m);
        assertEquals(17, m.sourceLine(call.line), "the trace's line of faulty: the call of twice");
        assertTrue(hasCheckAt(m, new InlinedLine("Main", "twice", 20, 17)), "p.next checked at twice's line\n" + m);
        assertTrue(hasCheckAt(m, new InlinedLine("Main", "deep", 11, 15)), "next checked at deep's line\n" + m);
        assertTrue(
                m.blocks.stream()
                        .flatMap(b -> b.insns.stream())
                        .anyMatch(i -> i.op == Op.DIV_CHECK && m.inlinedAt(i.line) == null),
                "after deep's body, the caller's own division has its plain line again\n" + m);
    }

    private static boolean hasCheckAt(IrMethod m, InlinedLine at) {
        return m.blocks.stream()
                .flatMap(b -> b.insns.stream())
                .anyMatch(i -> i.op == Op.NULL_CHECK && at.equals(m.inlinedAt(i.line)));
    }

    private static Insn only(IrMethod m, Op op) {
        return m.blocks.stream()
                .flatMap(b -> b.insns.stream())
                .filter(i -> i.op == op)
                .findFirst()
                .orElseThrow();
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
                1,
                m.count(Op.NULL_CHECK),
                "m is a new object: neither a call nor an inlined body checks it; deep's m.next is checked\n" + m);
    }
}
