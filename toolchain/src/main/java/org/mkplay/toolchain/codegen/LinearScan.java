package org.mkplay.toolchain.codegen;

import static org.mkplay.riscv.isa.Reg.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * intervals around a loop that calls prefer them too (the argument registers its calls need stay free, and a
 * value that lives that long pays for its save once per call of the method, not per use). Other intervals take
 * t3..t6 and a0..a7 first. t0..t2 are never allocated: code generation uses them as scratch. When no
 * register is free, a constant is given up first (rematerialized where read), else the interval that ends
 * last (this one or an active one) is spilled to a frame slot.
 * A copy, a parameter, a call's argument and result, a caught exception and a returned value are hinted to
 * the register of their source, their argument register or a0.
 *
 * <p>A value an exception handler reads is treated as live across a call: it is in an s register or a slot,
 * which the unwinder restores (s registers) or leaves alone (slots) on its way to the handler.
 *
 * <p>An s register costs a save and a restore on every run of the method, a caller-saved register kept across a
 * call a store and a reload around that call only. So a value that crosses only <em>conditional</em> calls (outside
 * every loop, each on a branch some path from the entry to a return avoids: a slow path, an error, a trace record,
 * as the kernel's fast paths have) takes a caller-saved register first, with a frame slot it is stored to before
 * each call it crosses and reloaded from after ({@link #savedAroundCalls}); the branch predictors' "a call is
 * unlikely" guess, without which the saves would run where the s register's would have.
 */
public final class LinearScan {
    static final int[] CALLEE_SAVED = {S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11};
    static final int[] CALLER_SAVED = {T3, T4, T5, T6, A7, A6, A5, A4, A3, A2, A1, A0};

    /** Register of each virtual register, or -1 if it lives in frame slot {@link #slot}. */
    final int[] reg;
    /** Spill slot index of each virtual register, or -1. */
    final int[] slot;

    int slots;
    /** Slots of values spilled for their whole interval (the others are stored only around calls). */
    int spilled;
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
    private final java.util.Map<Integer, Integer> callIndex = new java.util.HashMap<>();
    /** The values live across each call (by its index in callPositions). */
    private final List<BitSet> liveAcross = new ArrayList<>();
    /** Whether each call (by its position in callPositions) is conditional and outside every loop. */
    private final BitSet coldCall = new BitSet();
    /** At most this many calls crossed for a caller-saved register stored and reloaded around each. */
    static final int MAX_SAVED_CALLS = 8;
    /**
     * The frame slot of a value in a caller-saved register kept across conditional calls (stored before each call
     * it crosses, reloaded after), or -1.
     */
    final int[] savedAroundCalls;
    /** Values an exception handler reads: they must survive the call that raised, as if live across a call. */
    private final BitSet handlerLive = new BitSet();

    public LinearScan(IrMethod m) {
        int n = m.vregCount();
        reg = new int[n];
        slot = new int[n];
        start = new int[n];
        end = new int[n];
        hint = new int[n];
        savedAroundCalls = new int[n];
        Arrays.fill(savedAroundCalls, -1);
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
        Set<Block> conditional = conditionalBlocks(m);
        Set<Block> inLoops = new HashSet<>();
        for (Cfg.Loop loop : Cfg.loops(m)) inLoops.addAll(loop.body());
        for (Block b : m.blocks) {
            int first = 2 * g;
            List<BitSet> after = liveAfterCalls(b, live);
            for (Insn i : b.insns) {
                order.add(i);
                for (int s : i.src) if (s >= 0) extend(s, 2 * g);
                if (i.dst >= 0) extend(i.dst, 2 * g + 1);
                if (i.op.isCall()) {
                    if (conditional.contains(b) && !inLoops.contains(b)) coldCall.set(callPositions.size());
                    callIndex.put(g, callPositions.size());
                    callPositions.add(g);
                    liveAcross.add(after.remove(0));
                }
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

    /**
     * For each call of b in order, the values live across it: live after it, other than its result. An interval
     * spans the calls in its holes too (a value dead until assigned again), but only these must survive one.
     */
    private static List<BitSet> liveAfterCalls(Block b, Liveness live) {
        List<BitSet> after = new ArrayList<>();
        BitSet now = (BitSet) live.out(b).clone();
        for (int k = b.insns.size() - 1; k >= 0; k--) {
            Insn i = b.insns.get(k);
            if (i.dst >= 0) now.clear(i.dst);
            if (i.op.isCall()) after.add(0, (BitSet) now.clone());
            for (int s : i.src) if (s >= 0) now.set(s);
        }
        return after;
    }

    /** The blocks some path from the entry to a return avoids (a call there runs on some runs only). */
    static Set<Block> conditionalBlocks(IrMethod m) {
        Set<Block> conditional = new HashSet<>();
        if (m.blocks.isEmpty()) return conditional;
        for (Block avoided : m.blocks) {
            if (avoided == m.blocks.get(0)) continue;
            Set<Block> seen = new HashSet<>(Set.of(avoided));
            ArrayDeque<Block> work = new ArrayDeque<>(List.of(m.blocks.get(0)));
            seen.add(m.blocks.get(0));
            while (!work.isEmpty()) {
                Block b = work.pop();
                if (!b.insns.isEmpty() && b.last().op == Op.RETURN) {
                    conditional.add(avoided);
                    break;
                }
                for (Block s : b.successors()) if (seen.add(s)) work.push(s);
            }
        }
        return conditional;
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
     * Marks intervals that cover the back edge of a loop that calls (live from before the loop's end to after its
     * header): the argument registers its calls need stay free. Not around a loop that calls nothing, whose
     * caller-saved registers are never clobbered: an s register would only add a save and restore to every run
     * of the method (the kernel's message copy in Ipc.fastCall).
     */
    private void loops(IrMethod m, List<int[]> ranges) {
        if (callPositions.isEmpty()) return;
        for (Cfg.Loop loop : Cfg.loops(m)) {
            if (loop.body().stream().flatMap(b -> b.insns.stream()).noneMatch(i -> i.op.isCall())) continue;
            int lo = Integer.MAX_VALUE, hi = -1;
            for (Block b : loop.body()) {
                int[] r = ranges.get(m.blocks.indexOf(b));
                lo = Math.min(lo, r[0]);
                hi = Math.max(hi, r[1]);
            }
            for (int v = 0; v < start.length; v++) if (start[v] <= lo && end[v] >= hi) aroundLoop[v] = true;
        }
    }

    /** Whether v is live across a call (live after it, not its result), or read by an exception handler. */
    private boolean crossesCall(int v) {
        if (handlerLive.get(v)) return true;
        for (int k = 0; k < callPositions.size(); k++) if (liveAcross.get(k).get(v)) return true;
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

    /** Whether v crosses calls, all of them cold and few enough to store and reload it around each. */
    private boolean crossesOnlyColdCalls(int v) {
        if (handlerLive.get(v)) return false;
        int crossed = 0;
        for (int k = 0; k < callPositions.size(); k++) {
            if (liveAcross.get(k).get(v)) {
                if (!coldCall.get(k)) return false;
                crossed++;
            }
        }
        return crossed > 0 && crossed <= MAX_SAVED_CALLS;
    }

    /** Whether every call of the method is conditional and outside loops (see {@link #coldCall}). */
    boolean allCallsCold() {
        return coldCall.cardinality() == callPositions.size();
    }

    /** Whether v's register must be stored before the call at position g and reloaded after it. */
    boolean savedAround(int v, int g) {
        Integer k = callIndex.get(g);
        return savedAroundCalls[v] >= 0
                && reg[v] >= 0
                && k != null
                && liveAcross.get(k).get(v);
    }

    private int[] pool(int v) {
        if (crossesCall(v) && !crossesOnlyColdCalls(v)) return CALLEE_SAVED;
        if (crossesCall(v)) return both(CALLER_SAVED, CALLEE_SAVED);
        return aroundLoop[v] ? both(CALLEE_SAVED, CALLER_SAVED) : both(CALLER_SAVED, CALLEE_SAVED);
    }

    private static int[] both(int[] first, int[] second) {
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
        else if (crossesCall(v)) savedAroundCalls[v] = slots++;
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
            assign(v, reg[victim]);
            reg[victim] = -1;
            active.remove(Integer.valueOf(victim));
            active.add(v);
        }
        if (constant[victim] != null) rematerialized[victim] = true;
        else {
            slot[victim] = slots++;
            spilled++;
        }
    }
}
