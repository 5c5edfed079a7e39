package org.mkplay.toolchain.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.BitSet;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Which JVM local slots are live before each instruction (classic backward data flow: a slot is live if some
 * path from here reads it before writing it). A long occupies slot k and k+1 but is only ever addressed as k,
 * so k stands for the pair.
 */
final class Liveness {
    private final BitSet[] liveIn;

    Liveness(FlowGraph g) {
        int n = g.size();
        liveIn = new BitSet[n];
        for (int i = 0; i < n; i++) liveIn[i] = new BitSet();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                BitSet in = transfer(g, i);
                if (!in.equals(liveIn[i])) {
                    liveIn[i] = in;
                    changed = true;
                }
            }
        }
    }

    /** live-in(i) = uses(i) + (live-out(i) - defs(i)); live-out(i) = union of live-in over successors. */
    private BitSet transfer(FlowGraph g, int i) {
        BitSet in = new BitSet();
        for (int s : g.successors[i]) in.or(liveIn[s]);
        AbstractInsnNode insn = g.insns[i];
        int slot = slot(insn);
        if (slot >= 0) {
            if (writes(insn)) in.clear(slot);
            if (reads(insn)) in.set(slot);
        }
        return in;
    }

    boolean liveBefore(int i, int slot) {
        return liveIn[i].get(slot);
    }

    /** The local slot an instruction reads or writes, or -1. */
    static int slot(AbstractInsnNode insn) {
        if (insn instanceof VarInsnNode v) return v.var;
        if (insn instanceof IincInsnNode inc) return inc.var;
        return -1;
    }

    static boolean reads(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        return (op >= ILOAD && op <= ALOAD) || op == IINC;
    }

    static boolean writes(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        return (op >= ISTORE && op <= ASTORE) || op == IINC;
    }
}
