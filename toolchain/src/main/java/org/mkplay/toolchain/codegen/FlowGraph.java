package org.mkplay.toolchain.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;

/**
 * Control flow between a method's instructions, by index in {@code m.instructions} (labels and line numbers
 * included: they fall through). The subset has no exception handlers, so jumps, switches and fall-through are
 * the only edges. A loop is the index range of a backward jump: from its target to the jump.
 */
final class FlowGraph {
    final AbstractInsnNode[] insns;
    final int[][] successors;
    final List<int[]> loops = new ArrayList<>();
    private final int[] depth;
    private final boolean[] jumpTarget;

    FlowGraph(MethodNode m) {
        insns = m.instructions.toArray();
        successors = new int[insns.length][];
        jumpTarget = new boolean[insns.length];
        for (int i = 0; i < insns.length; i++) {
            successors[i] = successorsOf(m, i);
            for (int s : successors[i]) if (s <= i) loops.add(new int[] {s, i});
        }
        depth = new int[insns.length];
        for (int[] loop : loops) for (int i = loop[0]; i <= loop[1]; i++) depth[i]++;
    }

    int size() {
        return insns.length;
    }

    /**
     * True if a jump or switch goes to (the label at) index i. Other labels (javac marks every line) are
     * reached only by falling through, so what is known about registers before them still holds after them.
     */
    boolean isJumpTarget(int i) {
        return jumpTarget[i];
    }

    /** How many loops contain instruction i. */
    int loopDepth(int i) {
        return depth[i];
    }

    /** True if the range [from, to] is entered only by falling into {@code from} or by jumps from inside it. */
    boolean enteredOnlyAtTop(int from, int to) {
        for (int i = 0; i < insns.length; i++) {
            if (i >= from && i <= to) continue;
            for (int s : successors[i]) {
                if (s > from && s <= to) return false;
                if (s == from && i != from - 1) return false;
            }
        }
        return from > 0 && falls(insns[from - 1]);
    }

    private int[] successorsOf(MethodNode m, int i) {
        AbstractInsnNode n = insns[i];
        List<LabelNode> targets = new ArrayList<>();
        if (n instanceof JumpInsnNode j) targets.add(j.label);
        else if (n instanceof TableSwitchInsnNode ts) {
            targets.addAll(ts.labels);
            targets.add(ts.dflt);
        } else if (n instanceof LookupSwitchInsnNode ls) {
            targets.addAll(ls.labels);
            targets.add(ls.dflt);
        }
        boolean next = falls(n) && i + 1 < insns.length;
        int[] s = new int[targets.size() + (next ? 1 : 0)];
        for (int k = 0; k < targets.size(); k++) {
            s[k] = m.instructions.indexOf(targets.get(k));
            jumpTarget[s[k]] = true;
        }
        if (next) s[s.length - 1] = i + 1;
        return s;
    }

    /** True if execution can continue with the next instruction. */
    static boolean falls(AbstractInsnNode n) {
        int op = n.getOpcode();
        return !(op == GOTO || op == TABLESWITCH || op == LOOKUPSWITCH || op == ATHROW || (op >= IRETURN && op <= RETURN));
    }
}
