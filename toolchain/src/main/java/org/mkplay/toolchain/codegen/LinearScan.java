package org.mkplay.toolchain.codegen;

import static org.mkplay.riscv.isa.Reg.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cfg;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Liveness;
import org.mkplay.toolchain.ir.Op;

/**
 * Linear-scan register allocation (Poletto and Sarkar) over the blocks in layout order. Instruction g
 * reads its sources at position 2g and writes its result at 2g+1, so a value whose last use is an
 * instruction's source may share a register with that instruction's result. Each virtual register gets
 * one interval, from its first definition (or block entry where it is live in) to its last use (or block
 * exit where it is live out), holes included.
 *
 * <p>Calls clobber the caller-saved registers, so an interval that spans a call gets an s register;
 * in a method that calls something, intervals around a loop prefer them too (the registers a loop's temporaries need stay free, and a value
 * that lives that long pays for its save once per call of the method, not per use). Other intervals take
 * t3..t6 and a0..a7 first. t0..t2 are never allocated: code generation uses them as scratch. When no
 * register is free, a constant is given up first (rematerialized where read), else the interval that ends
 * last (this one or an active one) is spilled to a frame slot.
 * A copy, a parameter, a call's argument and result, a caught exception and a returned value are hinted to
 * the register of their source, their argument register or a0.
 *
 * <p>A value an exception handler reads is treated as live across a call: it is in an s register or a slot,
 * which the unwinder restores (s registers) or leaves alone (slots) on its way to the handler.
 */
public final class LinearScan {
    static final int[] CALLEE_SAVED = {S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11};
    static final int[] CALLER_SAVED = {T3, T4, T5, T6, A7, A6, A5, A4, A3, A2, A1, A0};

    /** Register of each virtual register, or -1 if it lives in frame slot {@link #slot}. */
    final int[] reg;
    /** Spill slot index of each virtual register, or -1. */
    final int[] slot;

    int slots;
    /** Registers without a register or slot: a constant, loaded again ({@code li}) wherever it is read. */
    final boolean[] rematerialized;
    /** The constant a register holds if its only assignment is a CONST (then it can be rematerialized). */
    final Long[] constant;
    /** s registers any interval uses (the prologue saves them). */
    final BitSet usedCallee = new BitSet();

    final List<Insn> order = new ArrayList<>();

    private final int[] start, end;
    private final boolean[] aroundLoop;
    private final int[] hint;
    private final List<Integer> callPositions = new ArrayList<>();
    /** Values an exception handler reads: they must survive the call that raised, as if live across a call. */
    private final BitSet handlerLive = new BitSet();

    public LinearScan(IrMethod m) {
        int n = m.vregCount();
        reg = new int[n];
        slot = new int[n];
        start = new int[n];
        end = new int[n];
        hint = new int[n];
        aroundLoop = new boolean[n];
        rematerialized = new boolean[n];
        constant = new Long[n];
        Arrays.fill(reg, -1);
        Arrays.fill(slot, -1);
        Arrays.fill(start, Integer.MAX_VALUE);
        Arrays.fill(end, -1);
        Arrays.fill(hint, -1);
        intervals(m);
        allocate(n);
    }

    private void intervals(IrMethod m) {
        Liveness live = new Liveness(m);
        constants(m);
        int g = 0;
        List<int[]> blockRanges = new ArrayList<>();
        for (Block b : m.blocks) {
            int first = 2 * g;
            for (Insn i : b.insns) {
                order.add(i);
                for (int s : i.src) if (s >= 0) extend(s, 2 * g);
                if (i.dst >= 0) extend(i.dst, 2 * g + 1);
                if (i.op.isCall()) callPositions.add(g);
                hints(i);
                g++;
            }
            int last = 2 * g - 1;
            blockRanges.add(new int[] {first, last});
            live.in(b).stream().forEach(v -> extend(v, first));
            live.out(b).stream().forEach(v -> extend(v, last));
            handlerLive.or(live.handlerLive(b));
        }
        loops(m, blockRanges);
    }

    private void constants(IrMethod m) {
        int[] defs = new int[constant.length];
        for (Block b : m.blocks) {
            for (Insn i : b.insns) {
                if (i.dst < 0) continue;
                defs[i.dst]++;
                if (i.op == Op.CONST) constant[i.dst] = i.imm;
            }
        }
        for (int v = 0; v < defs.length; v++) if (defs[v] != 1) constant[v] = null;
    }

    private void extend(int v, int pos) {
        start[v] = Math.min(start[v], pos);
        end[v] = Math.max(end[v], pos);
    }

    private void hints(Insn i) {
        boolean returned = i.op == Op.RETURN && i.src.length == 1 && i.src[0] >= 0;
        if (returned && hint[i.src[0]] == -1) hint[i.src[0]] = A0;
        if (i.op.isCall() && i.op != Op.ECALL) argumentHints(i);
        if (i.dst < 0) return;
        if (i.op == Op.MOV && i.src[0] >= 0) hint[i.dst] = -2 - i.src[0]; // the source's register, once known
        if (i.op == Op.PARAM && i.imm < 8) hint[i.dst] = A0 + (int) i.imm;
        if (i.op == Op.CATCH) hint[i.dst] = A0;
        if (i.op.isCall()) hint[i.dst] = A0;
    }

    /**
     * An argument goes to its argument register (a1 first for allocations, whose a0 is the descriptor; a system
     * call's number goes to t0, its arguments from a0).
     */
    private void argumentHints(Insn i) {
        int first = i.op == Op.NEWARRAY || i.op == Op.MULTINEWARRAY ? 1 : i.op == Op.SYSCALL ? -1 : 0;
        for (int k = Math.max(0, -first); k < i.src.length && first + k < 8; k++) {
            if (i.src[k] >= 0 && hint[i.src[k]] == -1) hint[i.src[k]] = A0 + first + k;
        }
    }

    /**
     * Marks intervals that cover a loop's back edge (live from before the loop's end to after its header).
     * Not in a method that calls nothing: there the caller-saved registers are never clobbered, and an s
     * register would only add a save and restore to every call of the method.
     */
    private void loops(IrMethod m, List<int[]> ranges) {
        if (callPositions.isEmpty()) return;
        for (Cfg.Loop loop : Cfg.loops(m)) {
            int lo = Integer.MAX_VALUE, hi = -1;
            for (Block b : loop.body()) {
                int[] r = ranges.get(m.blocks.indexOf(b));
                lo = Math.min(lo, r[0]);
                hi = Math.max(hi, r[1]);
            }
            for (int v = 0; v < start.length; v++) if (start[v] <= lo && end[v] >= hi) aroundLoop[v] = true;
        }
    }

    /**
     * Whether v is live across a call: live before it (its interval starts at or before the call's use position
     * 2g: a value live into a block whose first instruction is the call starts exactly there) and read after it.
     */
    private boolean crossesCall(int v) {
        if (handlerLive.get(v)) return true;
        for (int g : callPositions) if (start[v] <= 2 * g && end[v] > 2 * g + 1) return true;
        return false;
    }

    private void allocate(int n) {
        Integer[] byStart = new Integer[n];
        for (int v = 0; v < n; v++) byStart[v] = v;
        Arrays.sort(byStart, Comparator.comparingInt(v -> start[v]));
        List<Integer> active = new ArrayList<>();
        for (int v : byStart) {
            if (end[v] < 0) continue; // never used
            active.removeIf(a -> end[a] < start[v]);
            boolean[] busy = new boolean[32];
            for (int a : active) if (reg[a] >= 0) busy[reg[a]] = true;
            int r = choose(v, busy);
            if (r >= 0) {
                assign(v, r);
                active.add(v);
            } else {
                spillOne(v, active);
            }
        }
    }

    private int choose(int v, boolean[] busy) {
        int[] pool = pool(v);
        int h = hint[v] <= -2 ? reg[-2 - hint[v]] : hint[v];
        boolean wanted = contains(aroundLoop[v] ? CALLEE_SAVED : pool, h);
        if (h >= 0 && !busy[h] && wanted) return h;
        for (int r : pool) if (!busy[r]) return r;
        return -1;
    }

    private int[] pool(int v) {
        if (crossesCall(v)) return CALLEE_SAVED;
        int[] first = aroundLoop[v] ? CALLEE_SAVED : CALLER_SAVED, second = aroundLoop[v] ? CALLER_SAVED : CALLEE_SAVED;
        int[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static boolean contains(int[] pool, int r) {
        for (int x : pool) if (x == r) return true;
        return false;
    }

    private void assign(int v, int r) {
        reg[v] = r;
        if (contains(CALLEE_SAVED, r)) usedCallee.set(r);
    }

    /**
     * No register for v: among v and the active intervals it could take the register of, a constant is given
     * up first (it is loaded again where it is read, which costs no more than a reload from a slot), else the
     * interval ending last goes to a frame slot.
     */
    private void spillOne(int v, List<Integer> active) {
        int[] pool = pool(v);
        int victim = v;
        for (int a : active) {
            if (reg[a] < 0 || !contains(pool, reg[a])) continue;
            boolean better = constant[a] != null && (constant[victim] == null || end[a] > end[victim])
                    || constant[a] == null && constant[victim] == null && end[a] > end[victim];
            if (better) victim = a;
        }
        if (victim != v) {
            reg[v] = reg[victim];
            reg[victim] = -1;
            active.remove(Integer.valueOf(victim));
            active.add(v);
        }
        if (constant[victim] != null) rematerialized[victim] = true;
        else slot[victim] = slots++;
    }
}
