package org.mkplay.toolchain.ir.pass;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cfg;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Liveness;
import org.mkplay.toolchain.ir.Op;

/**
 * Dead-code removal: blocks the entry cannot reach; values (operations without effects) whose result
 * is not live; copies of a register to itself; and jumps to blocks that only jump on (threaded through).
 */
public final class DeadCode {
    private DeadCode() {}

    public static boolean run(IrMethod m) {
        boolean any = threadJumps(m) | Cfg.removeUnreachable(m);
        boolean changed = true;
        while (changed) {
            changed = false;
            Liveness live = new Liveness(m);
            for (Block b : m.blocks) changed |= sweep(b, live.out(b), live.handlerLive(b));
            any |= changed;
        }
        return any;
    }

    private static boolean sweep(Block b, BitSet liveOut, BitSet handlerLive) {
        BitSet live = (BitSet) liveOut.clone();
        boolean removed = false;
        for (int k = b.insns.size() - 1; k >= 0; k--) {
            Insn i = b.insns.get(k);
            live.or(handlerLive); // a handler may read any value assigned before a raising instruction
            boolean selfCopy = i.op == Op.MOV && i.src[0] == i.dst;
            if (selfCopy || (i.op.kind == Op.Kind.VALUE && !live.get(i.dst))) {
                b.insns.remove(k);
                removed = true;
                continue;
            }
            if (i.dst >= 0) live.clear(i.dst);
            for (int s : i.src) if (s >= 0) live.set(s);
        }
        return removed;
    }

    /** Redirects edges into blocks that hold nothing but a jump, to that jump's target. */
    private static boolean threadJumps(IrMethod m) {
        Map<Block, Block> forward = new HashMap<>();
        for (Block b : m.blocks.subList(1, m.blocks.size())) {
            if (b.insns.size() == 1 && b.last().op == Op.GOTO && b.last().targets[0] != b)
                forward.put(b, b.last().targets[0]);
        }
        boolean changed = false;
        for (Block b : m.blocks) {
            Block[] t = b.last().targets;
            for (int k = 0; k < t.length; k++) {
                Block to = t[k];
                for (int hops = 0; forward.containsKey(to) && hops < 8; hops++) to = forward.get(to);
                if (to != t[k]) {
                    t[k] = to;
                    changed = true;
                }
            }
        }
        return changed;
    }
}
