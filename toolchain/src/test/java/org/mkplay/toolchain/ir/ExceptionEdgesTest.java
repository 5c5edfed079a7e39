package org.mkplay.toolchain.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * try/catch in the IR: the blocks of a try range carry its handlers, the handler block starts with CATCH, and the
 * exceptional edges are real edges for the passes (a value only the handler reads stays alive, and a constant
 * assigned after a call is not what the handler sees).
 */
class ExceptionEdgesTest {
    private static final IrFixture F = new IrFixture(String.join(
            "\n",
            "public class Main {",
            "  public static void main(String[] args) { System.out.println(guarded(args.length) + retry(args.length)); }",
            "  static int risky(int n) { if (n > 3) throw new IllegalStateException(); return n; }",
            "  static int guarded(int n) {",
            "    int stage = 1;",
            "    try {",
            "      risky(n);",
            "      stage = 2;",
            "      risky(n + 1);",
            "      stage = 3;",
            "      return 0;",
            "    } catch (IllegalStateException e) {",
            "      return stage;",
            "    }",
            "  }",
            "  static int retry(int n) {",
            "    int tries = 0;",
            "    try { return risky(n); } finally { tries++; }",
            "  }",
            "}"));

    @Test
    void tryBlocksCarryTheirHandlersAndTheHandlerStartsWithCatch() {
        IrMethod m = F.raw("guarded");
        Block handler = IrTesting.blockOf(m, Op.CATCH);
        assertTrue(handler.isHandler, m::toString);
        assertEquals(Op.CATCH, handler.insns.get(0).op);
        List<Block> covered =
                m.blocks.stream().filter(b -> !b.handlers.isEmpty()).toList();
        assertFalse(covered.isEmpty(), m::toString);
        for (Block b : covered) {
            assertEquals(new Handler(handler, "java/lang/IllegalStateException"), b.handlers.get(0));
            assertTrue(b.successors().contains(handler), "a handler is a successor:\n" + m);
        }
        assertTrue(m.toString().contains("catch java/lang/IllegalStateException -> B" + handler.id), m::toString);
    }

    @Test
    void aValueOnlyTheHandlerReadsSurvivesAndIsNotReplacedByTheLastConstant() {
        IrMethod m = F.optimised("guarded");
        Block handler = IrTesting.blockOf(m, Op.CATCH);
        Insn ret = handler.last();
        assertEquals(Op.RETURN, ret.op);
        assertFalse(
                ret.isConstant(0),
                "the handler returns stage as it was when the exception left, not a constant:\n" + m);
        long stageAssignments =
                IrTesting.all(m).stream().filter(i -> i.dst == ret.src[0]).count();
        assertEquals(3, stageAssignments, "stage = 1, 2 and 3 are all kept (the handler may see 1 or 2):\n" + m);
    }

    @Test
    void finallyIsACatchAnyHandler() {
        IrMethod m = F.raw("retry");
        assertTrue(m.blocks.stream().anyMatch(b -> b.handlers.stream().anyMatch(h -> h.type() == null)), m::toString);
        assertTrue(m.toString().contains("catch any -> B"), m::toString);
    }
}
