package org.mkplay.toolchain.ir.pass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cfg;
import org.mkplay.toolchain.ir.Cond;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;

/**
 * Null-check and bounds-check elimination from facts that hold on every path (forward data flow over
 * blocks, met by intersection; a fact about a register dies when the register is assigned):
 * <ul>
 * <li>NONNULL v: v is {@code this}, a new object, array or string, or has passed a null check or an
 *     element check, or a branch {@code v != null} was taken. A null check of such a v is deleted, and the
 *     length-or-zero of such an array becomes a plain length load.</li>
 * <li>LT i n: the int compare {@code i < n} held on the edge taken; LTC i k: {@code i < k} for a constant k.</li>
 * <li>LEN n a: n is the length of array a (or 0 if a is null); the length computed again is a copy of n.</li>
 * <li>CLEN a k: a was allocated with the constant length k.</li>
 * <li>POS i: the int compare {@code i > 0} (or {@code i >= k}, k ≥ 1) held on the edge taken. Then {@code j = i - 1}
 *     is NONNEG j (never negative here, whatever {@link NonNegative} found for the whole method) and inherits i's
 *     upper bounds: {@code a[i - 1]} guarded by {@code i > 0} and {@code i < a.length} needs no check.</li>
 * <li>MINLEN a k: a is at least k long (a check of the constant index k - 1 passed). A check passed on a
 *     register index i against length n also says NONNULL a, NONNEG i and LT i n, so a second check of the
 *     same element (a loop's exit test reading {@code a[0]} again, a swap's second access) is deleted.</li>
 * </ul>
 * A bounds check {@code a[i]} is deleted when i is a constant below a's constant length, or when i is
 * never negative and {@code i < n} with n the length of a (the canonical counting loop), or below a
 * constant no larger than a's constant length. "Never negative"
 * is found for the whole method: every assignment of i is a constant ≥ 0, an array length, a copy of such
 * a register, or {@code i + 1} where {@code i < something} held just before (so it cannot overflow).
 */
public final class CheckElimination {
    private enum Kind {
        NONNULL,
        LT,
        LTC,
        LEN,
        CLEN,
        POS,
        NONNEG,
        MINLEN
    }

    private record Fact(Kind kind, int x, int y, long k) {}

    private final IrMethod m;
    private final Map<Block, Set<Fact>> in = new HashMap<>();
    private final Map<Block, List<Map.Entry<Block, Set<Fact>>>> outEdges = new HashMap<>();
    private final Map<Insn, Boolean> guardedIncrement = new HashMap<>();

    private CheckElimination(IrMethod m) {
        this.m = m;
    }

    public static boolean run(IrMethod m) {
        CheckElimination c = new CheckElimination(m);
        c.solve();
        return c.rewrite();
    }

    private void solve() {
        List<Block> order = Cfg.reversePostOrder(m);
        Map<Block, List<Block>> preds = Cfg.predecessors(m);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : order) {
                Set<Fact> state = meet(b, order.get(0), preds);
                if (state.equals(in.get(b)) && outEdges.containsKey(b)) continue;
                in.put(b, new HashSet<>(state));
                for (Insn i : b.insns) transfer(i, state);
                outEdges.put(b, edges(b.last(), state));
                changed = true;
            }
        }
    }

    private Set<Fact> meet(Block b, Block entry, Map<Block, List<Block>> preds) {
        if (b == entry || b.isHandler) return new HashSet<>(); // entered from any point of the blocks it covers
        Set<Fact> state = null;
        for (Block p : preds.get(b)) {
            List<Map.Entry<Block, Set<Fact>>> edges = outEdges.get(p);
            if (edges == null) continue;
            for (Map.Entry<Block, Set<Fact>> e : edges) {
                if (e.getKey() != b) continue;
                if (state == null) state = new HashSet<>(e.getValue());
                else state.retainAll(e.getValue());
            }
        }
        return state == null ? new HashSet<>() : state;
    }

    private void transfer(Insn i, Set<Fact> s) {
        if (i.op == Op.ADD && !i.wide && i.src[0] >= 0 && i.isConstant(1, 1)) {
            int w = i.src[0];
            guardedIncrement.put(i, s.stream().anyMatch(f -> (f.kind == Kind.LT || f.kind == Kind.LTC) && f.x == w));
        }
        List<Fact> gen = generated(i, s);
        if (i.dst >= 0) s.removeIf(f -> f.x == i.dst || f.y == i.dst);
        s.addAll(gen);
    }

    /** Facts instruction i establishes (computed from the state before it, for copies). */
    private static List<Fact> generated(Insn i, Set<Fact> s) {
        List<Fact> gen = new ArrayList<>();
        int d = i.dst;
        switch (i.op) {
            case NEW, NEWARRAY, MULTINEWARRAY, CLONE, STRING -> gen.add(nonNull(d));
            case PARAM -> {
                if (i.isReceiver()) gen.add(nonNull(d));
            }
            case MOV -> {
                if (i.src[0] >= 0 && s.contains(nonNull(i.src[0]))) gen.add(nonNull(d));
            }
            case ALEN, ALEN0 -> {
                if (i.src[0] >= 0) gen.add(new Fact(Kind.LEN, d, i.src[0], 0));
            }
            case NULL_CHECK -> {
                if (i.src[0] >= 0) gen.add(nonNull(i.src[0]));
            }
            case BOUNDS_CHECK -> passedBoundsCheck(i, gen);
            default -> {}
        }
        if (i.op == Op.NEWARRAY && i.isConstant(0)) gen.add(new Fact(Kind.CLEN, d, -1, i.constants[0]));
        if (isDecrement(i) && s.contains(new Fact(Kind.POS, i.src[0], -1, 0))) {
            int w = i.src[0]; // d = w - 1 with w >= 1: 0 <= d < w, so d is below whatever bounds w
            gen.add(new Fact(Kind.NONNEG, d, -1, 0));
            for (Fact f : s) {
                if ((f.kind == Kind.LT || f.kind == Kind.LTC) && f.x == w && f.y != d)
                    gen.add(new Fact(f.kind, d, f.y, f.k));
            }
        }
        return gen;
    }

    /**
     * What a bounds check {@code a[i]} against length n says once passed: a is not null and 0 <= i < n (an
     * unsigned compare against a length), so the same element is checked again for nothing further on.
     */
    private static void passedBoundsCheck(Insn i, List<Fact> gen) {
        if (i.src[0] < 0) return;
        int a = i.src[0];
        gen.add(nonNull(a));
        if (i.isConstant(1)) {
            long c = i.constants[1];
            if (c >= 0) gen.add(new Fact(Kind.MINLEN, a, -1, c + 1));
            return;
        }
        int idx = i.src[1];
        gen.add(new Fact(Kind.NONNEG, idx, -1, 0));
        if (i.isConstant(2)) gen.add(new Fact(Kind.LTC, idx, -1, i.constants[2]));
        else if (i.src[2] >= 0 && i.src[2] != idx) gen.add(new Fact(Kind.LT, idx, i.src[2], 0));
    }

    /** {@code d = w - 1} on ints (w a register). */
    private static boolean isDecrement(Insn i) {
        if (i.wide || i.dst < 0 || i.src.length != 2 || i.src[0] < 0) return false;
        return (i.op == Op.ADD && i.isConstant(1, -1)) || (i.op == Op.SUB && i.isConstant(1, 1));
    }

    private static Fact nonNull(int v) {
        return new Fact(Kind.NONNULL, v, -1, 0);
    }

    /** The facts on each outgoing edge: a branch adds what its condition (or its negation) says. */
    private static List<Map.Entry<Block, Set<Fact>>> edges(Insn last, Set<Fact> s) {
        List<Map.Entry<Block, Set<Fact>>> out = new ArrayList<>();
        for (int k = 0; k < last.targets.length; k++) {
            Set<Fact> e = new HashSet<>(s);
            if (last.op == Op.BR) e.addAll(branchFacts(last, k == 0 ? last.cond : last.cond.negate()));
            out.add(Map.entry(last.targets[k], e));
        }
        return out;
    }

    private static List<Fact> branchFacts(Insn br, Cond c) {
        int x = br.src[0], y = br.src[1];
        if (x >= 0 && br.isConstant(1, 0) && c == Cond.NE) return List.of(nonNull(x));
        if (br.wide) return List.of();
        if (x >= 0 && y < 0) return constantBound(x, c, br.constants[1]);
        if (x < 0 && y >= 0) return constantBound(y, c.swap(), br.constants[0]);
        if (x < 0) return List.of();
        if (c == Cond.LT) return List.of(new Fact(Kind.LT, x, y, 0));
        if (c == Cond.GT) return List.of(new Fact(Kind.LT, y, x, 0));
        return List.of();
    }

    /** {@code x c k} as "x below a constant" (int compares, so k + 1 cannot overflow a long). */
    private static List<Fact> constantBound(int x, Cond c, long k) {
        if (c == Cond.LT) return List.of(new Fact(Kind.LTC, x, -1, k));
        if (c == Cond.LE) return List.of(new Fact(Kind.LTC, x, -1, k + 1));
        if ((c == Cond.GT && k >= 0) || (c == Cond.GE && k >= 1)) return List.of(new Fact(Kind.POS, x, -1, 0));
        return List.of();
    }

    // ---- rewriting ----

    private boolean rewrite() {
        boolean[] nonNegative = NonNegative.of(m, guardedIncrement);
        boolean changed = false;
        for (Block b : m.blocks) {
            Set<Fact> s = in.get(b);
            if (s == null) continue;
            s = new HashSet<>(s);
            for (int k = 0; k < b.insns.size(); k++) {
                Insn i = b.insns.get(k);
                if (redundant(i, s, nonNegative)) {
                    b.insns.remove(k--);
                    changed = true;
                    continue;
                }
                changed |= knownLength(i, s);
                transfer(i, s);
            }
        }
        return changed;
    }

    /** A length already in a register is copied from there; a length-or-zero of a non-null array is a length. */
    private static boolean knownLength(Insn i, Set<Fact> s) {
        if ((i.op != Op.ALEN0 && i.op != Op.ALEN) || i.src[0] < 0) return false;
        int a = i.src[0];
        Fact known = s.stream()
                .filter(f -> f.kind == Kind.LEN && f.y == a && f.x != i.dst)
                .findFirst()
                .orElse(null);
        if (known != null) {
            i.op = Op.MOV;
            i.src[0] = known.x;
            return true;
        }
        if (i.op == Op.ALEN || !s.contains(nonNull(a))) return false;
        i.op = Op.ALEN;
        return true;
    }

    private static boolean redundant(Insn i, Set<Fact> s, boolean[] nonNegative) {
        if (i.op == Op.NULL_CHECK) return i.isConstant(0) ? i.constants[0] != 0 : s.contains(nonNull(i.src[0]));
        boolean length = i.op == Op.ALEN || i.op == Op.ALEN0;
        if (length && i.src[0] >= 0) return s.contains(new Fact(Kind.LEN, i.dst, i.src[0], 0)); // already holds it
        if (i.op != Op.BOUNDS_CHECK || i.src[0] < 0) return false;
        int a = i.src[0];
        if (i.isConstant(1)) {
            long c = i.constants[1];
            boolean constantLength = i.isConstant(2) && c < i.constants[2];
            return c >= 0
                    && (constantLength
                            || s.stream()
                                    .anyMatch(f ->
                                            (f.kind == Kind.CLEN || f.kind == Kind.MINLEN) && f.x == a && c < f.k));
        }
        int idx = i.src[1];
        if (!nonNegative[idx] && !s.contains(new Fact(Kind.NONNEG, idx, -1, 0))) return false;
        boolean belowLength = s.stream()
                .anyMatch(f -> f.kind == Kind.LT
                        && f.x == idx
                        && (f.y == i.src[2] || s.contains(new Fact(Kind.LEN, f.y, a, 0))));
        return belowLength
                || s.stream()
                        .anyMatch(f -> f.kind == Kind.LTC
                                && f.x == idx
                                && s.stream().anyMatch(g -> g.kind == Kind.CLEN && g.x == a && f.k <= g.k));
    }
}
