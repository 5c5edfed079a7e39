package org.mkplay.toolchain.ir;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Virtual registers live at block boundaries (backward data flow to a fixed point). */
public final class Liveness {
    private final Map<Block, BitSet> liveIn = new HashMap<>();
    private final Map<Block, BitSet> liveOut = new HashMap<>();

    public Liveness(IrMethod m) {
        Map<Block, BitSet> use = new HashMap<>(), def = new HashMap<>();
        for (Block b : m.blocks) {
            BitSet u = new BitSet(), d = new BitSet();
            for (Insn i : b.insns) {
                for (int s : i.src) if (s >= 0 && !d.get(s)) u.set(s);
                if (i.dst >= 0) d.set(i.dst);
            }
            use.put(b, u);
            def.put(b, d);
            liveIn.put(b, new BitSet());
            liveOut.put(b, new BitSet());
        }
        List<Block> order = Cfg.reversePostOrder(m);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = order.size() - 1; k >= 0; k--) {
                Block b = order.get(k);
                BitSet out = new BitSet();
                for (Block s : b.successors()) out.or(liveIn.get(s));
                BitSet in = (BitSet) out.clone();
                in.andNot(def.get(b));
                in.or(use.get(b));
                in.or(handlerLive(b)); // an exception may leave before the block's first assignment
                if (!in.equals(liveIn.get(b)) || !out.equals(liveOut.get(b))) changed = true;
                liveIn.put(b, in);
                liveOut.put(b, out);
            }
        }
    }

    /**
     * What b's handlers read: live at every point of b, since any of its instructions may raise (a pass
     * scanning b backwards adds this set at each step).
     */
    public BitSet handlerLive(Block b) {
        BitSet live = new BitSet();
        for (Handler h : b.handlers) {
            BitSet in = liveIn.get(h.target());
            if (in != null) live.or(in);
        }
        return live;
    }

    public BitSet in(Block b) {
        return liveIn.get(b);
    }

    public BitSet out(Block b) {
        return liveOut.get(b);
    }
}
