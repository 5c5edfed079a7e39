package org.mkplay.toolchain.ir.pass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cfg;
import org.mkplay.toolchain.ir.Cond;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;
import org.mkplay.toolchain.ir.Ref;

/**
 * Common subexpressions within a block: a value computed again from the same operands (an element
 * address, a length, a static field's address, an arithmetic result) becomes a copy of the first, and a
 * bounds check repeated on the same array, index and length is dropped; later instructions of the block
 * read the first result directly. An entry is forgotten when a register it reads or holds is assigned.
 *
 * <p>A block with one predecessor (not a handler) starts with what its predecessor knew at its end: every run
 * that reaches it ran that block last, so the values found there are still in their registers (extended basic
 * blocks). A rotated loop's guard and its preheader compute the loop's bound once, not twice.
 */
public final class LocalValueNumbering {
    private LocalValueNumbering() {}

    private record Key(Op op, boolean wide, Cond cond, long imm, Ref ref, List<Long> operands) {
        static Key of(Insn i) {
            List<Long> ops = new ArrayList<>();
            for (int k = 0; k < i.src.length; k++) {
                ops.add(i.isConstant(k) ? i.constants[k] : Long.MIN_VALUE + i.src[k]);
                ops.add(i.isConstant(k) ? 1L : 0L);
            }
            Op op = i.op == Op.ALEN ? Op.ALEN0 : i.op; // the same value: the array is not null where ALEN is used
            return new Key(op, i.wide, i.cond, i.imm, i.ref, ops);
        }

        boolean reads(int v) {
            for (int k = 0; k < operands.size(); k += 2) {
                if (operands.get(k + 1) == 0 && operands.get(k) == Long.MIN_VALUE + v) return true;
            }
            return false;
        }
    }

    /** What is known at a block's end: values by key, and registers that are copies of others. */
    private record State(Map<Key, Integer> known, Map<Integer, Integer> alias) {}

    public static boolean run(IrMethod m) {
        boolean changed = false;
        Map<Block, List<Block>> preds = Cfg.predecessors(m);
        Map<Block, State> atEnd = new HashMap<>();
        for (Block b : Cfg.reversePostOrder(m)) {
            List<Block> from = preds.getOrDefault(b, List.of());
            State start = from.size() == 1 && !b.isHandler ? atEnd.get(from.get(0)) : null;
            State state = start == null
                    ? new State(new HashMap<>(), new HashMap<>())
                    : new State(new HashMap<>(start.known()), new HashMap<>(start.alias()));
            changed |= block(b, state.known(), state.alias());
            atEnd.put(b, state);
        }
        return changed;
    }

    private static boolean block(Block b, Map<Key, Integer> known, Map<Integer, Integer> alias) {
        // alias: register made a copy of another, until either changes
        boolean changed = false;
        for (int k = 0; k < b.insns.size(); k++) {
            Insn i = b.insns.get(k);
            for (int s = 0; s < i.src.length; s++) if (alias.containsKey(i.src[s])) i.src[s] = alias.get(i.src[s]);
            Key key = numbered(i) ? Key.of(i) : null;
            Integer holder = key == null ? null : known.get(key);
            if (holder != null && i.op == Op.BOUNDS_CHECK) {
                b.insns.remove(k--);
                changed = true;
                continue;
            }
            if (holder != null) {
                i.op = Op.MOV;
                i.src = new int[] {holder};
                i.constants = new long[1];
                i.ref = null;
                i.cond = null;
                changed = true;
            }
            forget(known, i.dst);
            alias.entrySet().removeIf(e -> e.getKey() == i.dst || e.getValue() == i.dst);
            if (holder != null && holder != i.dst) alias.put(i.dst, holder);
            if (key != null && holder == null && !key.reads(i.dst)) known.put(key, i.dst);
        }
        return changed;
    }

    /** Values worth merging: pure operations other than copies and constants, and bounds checks. */
    private static boolean numbered(Insn i) {
        if (i.op == Op.BOUNDS_CHECK) return true;
        return i.op.kind == Op.Kind.VALUE && i.op != Op.MOV && i.op != Op.CONST && i.op != Op.PARAM;
    }

    private static void forget(Map<Key, Integer> known, int v) {
        if (v < 0) return;
        known.entrySet().removeIf(e -> e.getValue() == v || e.getKey().reads(v));
    }
}
