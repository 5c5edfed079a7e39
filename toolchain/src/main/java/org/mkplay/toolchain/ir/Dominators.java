package org.mkplay.toolchain.ir;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Dominator sets by the iterative data-flow method (methods are small; clarity beats speed here). */
public final class Dominators {
    private Dominators() {}

    /** For each reachable block, the blocks that dominate it (itself included). */
    public static Map<Block, Set<Block>> of(IrMethod m) {
        List<Block> rpo = Cfg.reversePostOrder(m);
        Map<Block, List<Block>> preds = Cfg.predecessors(m);
        Map<Block, Set<Block>> dom = new HashMap<>();
        Block entry = rpo.get(0);
        dom.put(entry, Set.of(entry));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : rpo.subList(1, rpo.size())) {
                Set<Block> d = null;
                for (Block p : preds.get(b)) {
                    Set<Block> pd = dom.get(p);
                    if (pd == null) continue;
                    if (d == null) d = new HashSet<>(pd);
                    else d.retainAll(pd);
                }
                if (d == null) continue;
                d.add(b);
                if (!d.equals(dom.get(b))) {
                    dom.put(b, d);
                    changed = true;
                }
            }
        }
        return dom;
    }
}
