package org.mkplay.toolchain.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Loops whose backward {@code goto} can be replaced by a copy of the loop test. javac compiles
 * {@code while (c) body} as {@code L: test(c); if (!c) goto exit; body; goto L}, so every trip runs the
 * test and a jump. When the test at L is short and has no side effects besides the faults its loads may
 * raise (which the copy raises at the same point of the same trip), the {@code goto L} becomes the test
 * itself, inverted, jumping back to the body: one taken branch per trip instead of a jump and a branch.
 */
final class LoopRotation {
    private static final int MAX_TEST_LENGTH = 16;

    /** The test run at the bottom of a loop instead of {@code goto}: instructions [from, branch], branch an if. */
    record Test(int from, int branch) {}

    private final Map<Integer, Test> atGoto = new HashMap<>();
    private final Map<Integer, Test> byBranch = new HashMap<>();

    LoopRotation(FlowGraph g, Frame<BasicValue>[] frames) {
        for (int i = 0; i < g.size(); i++) {
            if (g.insns[i].getOpcode() != GOTO || frames[i] == null) continue;
            int target = g.successors[i][0];
            if (target > i || frames[target] == null || frames[target].getStackSize() != 0) continue;
            Test t = test(g, target + 1);
            if (t != null) {
                atGoto.put(i, t);
                byBranch.put(t.branch(), t);
            }
        }
    }

    /** The test to emit in place of the goto at index i, or null. */
    Test atGoto(int i) {
        return atGoto.get(i);
    }

    /** True if the if at index i is a rotated test: its fall-through (the loop body) needs a label. */
    boolean bodyFollows(int i) {
        return byBranch.containsKey(i);
    }

    /** A side-effect-free straight run of instructions from {@code from} ending in a conditional branch. */
    private static Test test(FlowGraph g, int from) {
        for (int i = from; i < g.size() && i < from + MAX_TEST_LENGTH; i++) {
            AbstractInsnNode n = g.insns[i];
            if (n instanceof LabelNode) return null;
            if (n.getOpcode() < 0) continue; // line numbers, frames
            if (isConditional(n.getOpcode())) return new Test(from, i);
            if (!pure(n.getOpcode())) return null;
        }
        return null;
    }

    static boolean isConditional(int op) {
        return (op >= IFEQ && op <= IF_ACMPNE) || op == IFNULL || op == IFNONNULL;
    }

    /** Loads, constants, arithmetic, conversions, compares, array and field reads: no stores, calls or allocation. */
    private static boolean pure(int op) {
        return (op >= ACONST_NULL && op <= LDC) || (op >= ILOAD && op <= ALOAD) || (op >= IALOAD && op <= SALOAD)
            || (op >= IADD && op <= LXOR) || op == I2L || op == L2I || (op >= I2B && op <= I2S) || op == LCMP
            || op == ARRAYLENGTH || op == GETFIELD;
    }

    /** The source line in effect at instruction i (the last line number at or before it). */
    static int lineAt(FlowGraph g, int i, int fallback) {
        for (int k = i; k >= 0; k--) if (g.insns[k] instanceof LineNumberNode ln) return ln.line;
        return fallback;
    }

    /** The conditional jump ending a test. */
    static JumpInsnNode branch(FlowGraph g, Test t) {
        return (JumpInsnNode) g.insns[t.branch()];
    }
}
