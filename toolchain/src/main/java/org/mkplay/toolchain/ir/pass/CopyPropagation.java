package org.mkplay.toolchain.ir.pass;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cfg;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;

/**
 * Copy and constant propagation: where {@code x = MOV y} (or {@code x = CONST c}) reaches a use of x on
 * every path with neither x nor y assigned since, the use reads y (or c) instead. Forward data flow over
 * blocks; the facts are "x holds register y" and "x holds constant c", met by intersection.
 */
public final class CopyPropagation {
    private CopyPropagation() {}

    /** What a register is known to hold: another register, or a constant. */
    private record Value(int vreg, long constant) {
        boolean isConstant() {
            return vreg == Insn.CONSTANT;
        }
    }

    public static boolean run(IrMethod m) {
        List<Block> order = Cfg.reversePostOrder(m);
        Map<Block, List<Block>> preds = Cfg.predecessors(m);
        Map<Block, Map<Integer, Value>> out = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : order) {
                Map<Integer, Value> state = in(b, order.get(0), preds, out);
                for (Insn i : b.insns) transfer(i, state, false);
                if (!state.equals(out.get(b))) {
                    out.put(b, state);
                    changed = true;
                }
            }
        }
        boolean rewrote = false;
        for (Block b : order) {
            Map<Integer, Value> state = in(b, order.get(0), preds, out);
            for (Insn i : b.insns) rewrote |= transfer(i, state, true);
        }
        return rewrote;
    }

    /** The intersection of the predecessors' facts (predecessors not yet visited are ignored: optimistic). */
    private static Map<Integer, Value> in(
            Block b, Block entry, Map<Block, List<Block>> preds, Map<Block, Map<Integer, Value>> out) {
        if (b == entry || b.isHandler) return new HashMap<>(); // entered from any point of the blocks it covers
        Map<Integer, Value> state = null;
        for (Block p : preds.get(b)) {
            Map<Integer, Value> o = out.get(p);
            if (o == null) continue;
            if (state == null) state = new HashMap<>(o);
            else state.entrySet().removeIf(e -> !e.getValue().equals(o.get(e.getKey())));
        }
        return state == null ? new HashMap<>() : state;
    }

    /** Updates the facts past instruction i; with {@code rewrite}, first replaces its sources by what they hold. */
    private static boolean transfer(Insn i, Map<Integer, Value> state, boolean rewrite) {
        boolean changed = false;
        if (rewrite) {
            for (int k = 0; k < i.src.length; k++) {
                Value v = i.src[k] >= 0 ? state.get(i.src[k]) : null;
                if (v == null) continue;
                if (v.isConstant()) i.setConstant(k, v.constant());
                else i.src[k] = v.vreg();
                changed = true;
            }
        }
        if (i.dst < 0) return changed;
        Value held = heldValue(i, state);
        int d = i.dst;
        state.remove(d);
        state.values().removeIf(v -> v.vreg() == d);
        if (held != null && held.vreg() != d) state.put(d, held);
        return changed;
    }

    private static Value heldValue(Insn i, Map<Integer, Value> state) {
        if (i.op == Op.CONST) return new Value(Insn.CONSTANT, i.imm);
        if (i.op != Op.MOV) return null;
        if (i.isConstant(0)) return new Value(Insn.CONSTANT, i.constants[0]);
        Value through = state.get(i.src[0]);
        return through != null ? through : new Value(i.src[0], 0);
    }
}
