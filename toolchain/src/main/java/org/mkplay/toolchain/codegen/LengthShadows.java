package org.mkplay.toolchain.codegen;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Which local slots get a <em>length shadow</em>: a register that always holds the length of the array in
 * the slot, or 0 while the slot holds null. An access {@code a[i]} to such a slot then needs one unsigned
 * compare {@code i < shadow} for both checks: it fails for every index when {@code a} is null, and the
 * failure path tells the two faults apart (null first, as the JVM does). The shadow is rewritten at every
 * store to the slot (and set from the parameter at entry), so a slot qualifies only if it holds an array or
 * null wherever it is written. It pays off where the array is read inside loops, more than it is stored.
 */
final class LengthShadows {
    private LengthShadows() {}

    /** Spill weight of each slot's shadow (loop-weighted reads of the array), 0 for slots that do not qualify. */
    static long[] weights(MethodNode m, FlowGraph g, Frame<BasicValue>[] frames, int maxLocals) {
        long[] weight = new long[maxLocals];
        boolean[] excluded = parametersThatAreNotArrays(m, maxLocals);
        for (int i = 0; i < g.size(); i++) {
            AbstractInsnNode insn = g.insns[i];
            int slot = Liveness.slot(insn);
            if (slot < 0 || slot >= maxLocals || frames[i] == null) continue;
            if (Liveness.writes(insn) && !storesArray(insn, frames[i])) excluded[slot] = true;
            if (insn.getOpcode() == ALOAD && g.loopDepth(i) > 0 && isArray(frames[i].getLocal(slot))) {
                weight[slot] += 2 * LocalAllocator.accessWeight(g, i); // each access saves a load and a null check
            }
        }
        for (int s = 0; s < maxLocals; s++) if (excluded[s]) weight[s] = 0;
        return weight;
    }

    private static boolean storesArray(AbstractInsnNode store, Frame<BasicValue> f) {
        if (store.getOpcode() != ASTORE) return false;
        BasicValue v = f.getStack(f.getStackSize() - 1);
        return v instanceof RefInterpreter.Ref r && r.isArrayOrNull();
    }

    private static boolean isArray(BasicValue v) {
        return v instanceof RefInterpreter.Ref r && r.getType().getSort() == Type.ARRAY;
    }

    /** Parameter slots ("this" included) whose declared type is not an array. */
    private static boolean[] parametersThatAreNotArrays(MethodNode m, int maxLocals) {
        boolean[] excluded = new boolean[maxLocals];
        int slot = 0;
        if ((m.access & ACC_STATIC) == 0) excluded[slot++] = true;
        for (Type t : Type.getArgumentTypes(m.desc)) {
            if (t.getSort() != Type.ARRAY && slot < maxLocals) excluded[slot] = true;
            slot += t.getSize();
        }
        return excluded;
    }
}
