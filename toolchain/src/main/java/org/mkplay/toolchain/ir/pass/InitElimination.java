package org.mkplay.toolchain.ir.pass;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cfg;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;

/**
 * Deletes a class-initialisation guard ({@link Op#INIT}) that an earlier guard of the same class runs before on
 * every path (forward data flow over blocks, met by intersection). Once a class's guard has returned, its flag is
 * set (the initialisation routine sets it before it runs the superclass's and the class's own initialiser, so even
 * an initialisation cycle or an initialiser that throws leaves it set): every later guard of that class is a load,
 * a test and a branch that is never taken. A handler block starts from nothing (it is entered from any point of
 * the blocks it covers, a guard that threw included).
 */
public final class InitElimination {
    private InitElimination() {}

    public static boolean run(IrMethod m) {
        if (m.blocks.stream().noneMatch(b -> b.insns.stream().anyMatch(i -> i.op == Op.INIT))) return false;
        Map<Block, Set<String>> in = solve(m);
        boolean changed = false;
        for (Block b : m.blocks) {
            Set<String> done = in.get(b);
            if (done == null) continue; // unreachable
            done = new HashSet<>(done);
            for (var it = b.insns.iterator(); it.hasNext(); ) {
                Insn i = it.next();
                if (i.op != Op.INIT) continue;
                if (!done.add(i.typeName())) {
                    it.remove();
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** The classes whose guard has run on every path into each reachable block. */
    private static Map<Block, Set<String>> solve(IrMethod m) {
        List<Block> order = Cfg.reversePostOrder(m);
        Map<Block, List<Block>> preds = Cfg.predecessors(m);
        Map<Block, Set<String>> in = new HashMap<>(), out = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : order) {
                Set<String> state = meet(b, order.get(0), preds.get(b), out);
                in.put(b, new HashSet<>(state));
                for (Insn i : b.insns) if (i.op == Op.INIT) state.add(i.typeName());
                if (!state.equals(out.get(b))) {
                    out.put(b, state);
                    changed = true;
                }
            }
        }
        return in;
    }

    /** Intersection over the predecessors already visited (those not yet visited know everything: optimistic). */
    private static Set<String> meet(Block b, Block entry, List<Block> preds, Map<Block, Set<String>> out) {
        if (b == entry || b.isHandler || preds == null) return new HashSet<>();
        Set<String> state = null;
        for (Block p : preds) {
            Set<String> o = out.get(p);
            if (o == null) continue;
            if (state == null) state = new HashSet<>(o);
            else state.retainAll(o);
        }
        return state == null ? new HashSet<>() : state;
    }
}
