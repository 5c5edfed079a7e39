package org.mkplay.toolchain.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Linear-scan register allocation (Poletto &amp; Sarkar) for a method's JVM local slots.
 *
 * <p>Live interval of a slot: from its first to its last occurrence in instruction order (parameters start
 * at 0), widened to cover every loop (a backward jump's range) it overlaps, until nothing changes — a
 * conservative superset of where the slot is live. Intervals are scanned by start; a slot gets a free
 * register from the pool, or, when none is free, the active interval ending last is spilled to the frame.
 * Slots with disjoint intervals share a register; code that writes a register first materialises deferred
 * reads of any slot sharing it (see MethodCompiler#invalidateLocal).
 */
final class LocalAllocator {
    private LocalAllocator() {}

    /** Register of each local slot (from pool), or -1 for a frame home (also for slots never used). */
    static int[] allocate(MethodNode m, int maxLocals, int[] pool) {
        int[] start = new int[maxLocals], end = new int[maxLocals];
        Arrays.fill(start, Integer.MAX_VALUE);
        Arrays.fill(end, -1);
        int params = ((m.access & Opcodes.ACC_STATIC) == 0 ? 1 : 0);
        for (Type t : Type.getArgumentTypes(m.desc)) params += t.getSize();
        for (int k = 0; k < Math.min(params, maxLocals); k++) {
            start[k] = 0;
            end[k] = 0;
        }
        List<int[]> loops = occurrencesAndLoops(m, start, end);
        widenOverLoops(loops, start, end);
        return scan(start, end, pool);
    }

    private static List<int[]> occurrencesAndLoops(MethodNode m, int[] start, int[] end) {
        AbstractInsnNode[] insns = m.instructions.toArray();
        List<int[]> loops = new ArrayList<>();
        for (int i = 0; i < insns.length; i++) {
            AbstractInsnNode n = insns[i];
            int var = n instanceof VarInsnNode v ? v.var : n instanceof IincInsnNode inc ? inc.var : -1;
            if (var >= 0 && var < start.length) {
                start[var] = Math.min(start[var], i);
                end[var] = Math.max(end[var], i);
            }
            for (LabelNode target : targets(n)) {
                int t = m.instructions.indexOf(target);
                if (t <= i) loops.add(new int[] {t, i});
            }
        }
        return loops;
    }

    private static List<LabelNode> targets(AbstractInsnNode n) {
        if (n instanceof JumpInsnNode j) return List.of(j.label);
        List<LabelNode> all = new ArrayList<>();
        if (n instanceof TableSwitchInsnNode ts) {
            all.addAll(ts.labels);
            all.add(ts.dflt);
        } else if (n instanceof LookupSwitchInsnNode ls) {
            all.addAll(ls.labels);
            all.add(ls.dflt);
        }
        return all;
    }

    private static void widenOverLoops(List<int[]> loops, int[] start, int[] end) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] loop : loops) {
                for (int v = 0; v < start.length; v++) {
                    if (end[v] < 0 || end[v] < loop[0] || start[v] > loop[1]) continue;
                    if (start[v] > loop[0] || end[v] < loop[1]) {
                        start[v] = Math.min(start[v], loop[0]);
                        end[v] = Math.max(end[v], loop[1]);
                        changed = true;
                    }
                }
            }
        }
    }

    private static int[] scan(int[] start, int[] end, int[] pool) {
        int n = start.length;
        int[] reg = new int[n];
        Arrays.fill(reg, -1);
        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) order[v] = v;
        Arrays.sort(order, Comparator.comparingInt((Integer v) -> start[v]).thenComparingInt(v -> v));
        List<Integer> active = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int r : pool) free.add(r);
        for (int v : order) {
            if (end[v] < 0) continue; // never used
            for (int k = active.size() - 1; k >= 0; k--) {
                int u = active.get(k);
                if (end[u] < start[v]) {
                    free.add(0, reg[u]);
                    active.remove(k);
                }
            }
            if (!free.isEmpty()) {
                reg[v] = free.remove(0);
                active.add(v);
                continue;
            }
            int victim = -1;
            for (int u : active) if (victim < 0 || end[u] > end[victim]) victim = u;
            if (victim >= 0 && end[victim] > end[v]) {
                reg[v] = reg[victim];
                reg[victim] = -1;
                active.remove((Integer) victim);
                active.add(v);
            }
        }
        return reg;
    }
}
