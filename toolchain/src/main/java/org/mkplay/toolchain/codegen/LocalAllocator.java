package org.mkplay.toolchain.codegen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Linear-scan register allocation (Poletto &amp; Sarkar) of a method's variables: JVM local slots and the
 * extra values code generation keeps in registers (see {@link Variable}).
 *
 * <p>The interval of a slot spans every instruction where it is live (see {@link Liveness}) or accessed, in
 * instruction order. Intervals are scanned by start; a variable gets a free register from the pool, or,
 * when none is free, the variable with the lowest spill cost among the active ones and itself (accesses
 * weighted by loop nesting) goes to the frame. Variables with disjoint intervals share a register; code
 * that writes a register first materialises deferred reads of any slot sharing it
 * (see MethodCompiler#invalidateLocal).
 */
final class LocalAllocator {
    /** A value wanting a register over the instruction range [start, end], and what spilling it would cost. */
    record Variable(int start, int end, long weight) {
        static final Variable UNUSED = new Variable(Integer.MAX_VALUE, -1, 0);

        boolean used() {
            return end >= 0;
        }
    }

    private LocalAllocator() {}

    /** Interval and spill weight of each local slot (UNUSED for slots never accessed or live). */
    static Variable[] slotVariables(FlowGraph g, Liveness live, int maxLocals) {
        int[] start = new int[maxLocals], end = new int[maxLocals];
        long[] weight = new long[maxLocals];
        Arrays.fill(start, Integer.MAX_VALUE);
        Arrays.fill(end, -1);
        for (int i = 0; i < g.size(); i++) {
            int accessed = Liveness.slot(g.insns[i]);
            if (accessed >= 0 && accessed < maxLocals) weight[accessed] += accessWeight(g, i);
            for (int v = 0; v < maxLocals; v++) {
                if (v == accessed || live.liveBefore(i, v)) {
                    start[v] = Math.min(start[v], i);
                    end[v] = Math.max(end[v], i);
                }
            }
        }
        Variable[] vars = new Variable[maxLocals];
        for (int v = 0; v < maxLocals; v++) vars[v] = end[v] < 0 ? Variable.UNUSED : new Variable(start[v], end[v], weight[v]);
        return vars;
    }

    /** An access inside k nested loops counts 8^k (at most 8^4): inner loops run most often. */
    static long accessWeight(FlowGraph g, int i) {
        return 1L << (3 * Math.min(g.loopDepth(i), 4));
    }

    /** Register of each variable (from pool, in the pool's order of preference), or -1 for a frame home. */
    static int[] allocate(Variable[] vars, int[] pool) {
        int[] reg = new int[vars.length];
        Arrays.fill(reg, -1);
        Integer[] order = new Integer[vars.length];
        for (int v = 0; v < vars.length; v++) order[v] = v;
        Arrays.sort(order, Comparator.comparingInt((Integer v) -> vars[v].start()).thenComparingInt(v -> v));
        List<Integer> active = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int r : pool) free.add(r);
        for (int v : order) {
            if (!vars[v].used()) continue;
            expire(vars, reg, active, free, vars[v].start());
            if (!free.isEmpty()) {
                reg[v] = free.remove(0);
                active.add(v);
                continue;
            }
            int victim = cheapest(vars, active);
            if (victim >= 0 && vars[victim].weight() < vars[v].weight()) {
                reg[v] = reg[victim];
                reg[victim] = -1;
                active.remove((Integer) victim);
                active.add(v);
            }
        }
        return reg;
    }

    /** Frees the registers of active variables whose interval ended before {@code position}, keeping pool order. */
    private static void expire(Variable[] vars, int[] reg, List<Integer> active, List<Integer> free, int position) {
        for (int k = active.size() - 1; k >= 0; k--) {
            int u = active.get(k);
            if (vars[u].end() < position) {
                free.add(reg[u]);
                active.remove(k);
            }
        }
        free.sort(null);
    }

    private static int cheapest(Variable[] vars, List<Integer> active) {
        int victim = -1;
        for (int u : active) if (victim < 0 || vars[u].weight() < vars[victim].weight()) victim = u;
        return victim;
    }
}
