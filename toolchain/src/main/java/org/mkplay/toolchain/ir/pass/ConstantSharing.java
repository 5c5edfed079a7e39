package org.mkplay.toolchain.ir.pass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Dominators;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Liveness;
import org.mkplay.toolchain.ir.Op;

/**
 * One register per constant where one suffices: a CONST whose value a dominating CONST of the same type
 * already holds is dropped and its uses read the earlier register, if that register is live there anyway. Loop-invariant code motion leaves such
 * pairs when an inner loop's preheader loads a constant the outer loop's preheader loads too.
 *
 * <p>Sound because both registers are assigned exactly once in the method, the earlier definition dominates
 * the later one, and the later one dominates each of its uses: wherever the later register was read, the
 * earlier one holds the same value. Methods with exception handlers are left alone, since a handler is
 * reached from the middle of a block, where a block-level dominator says nothing about what ran.
 */
public final class ConstantSharing {
    private ConstantSharing() {}

    private record Def(Block block, int index, Insn insn) {}

    public static boolean run(IrMethod m) {
        if (m.blocks.stream().anyMatch(b -> b.isHandler)) return false;
        Map<Integer, Integer> defCount = m.definitionCounts();
        List<Def> consts = new ArrayList<>();
        for (Block b : m.blocks)
            for (int k = 0; k < b.insns.size(); k++) {
                Insn i = b.insns.get(k);
                if (i.op == Op.CONST && defCount.get(i.dst) == 1) consts.add(new Def(b, k, i));
            }
        if (consts.size() < 2) return false;
        Map<Block, Set<Block>> dom = Dominators.of(m);
        Liveness live = new Liveness(m);
        Map<Integer, Integer> replace = new HashMap<>();
        for (Def later : consts) {
            for (Def earlier : consts) {
                if (earlier == later || replace.containsKey(earlier.insn.dst)) continue;
                if (!sameValue(m, earlier.insn, later.insn) || !before(dom, earlier, later)) continue;
                if (!dominatesUses(m, dom, later) || !liveThroughout(m, live, earlier, later)) break;
                replace.put(later.insn.dst, earlier.insn.dst);
                break;
            }
        }
        if (replace.isEmpty()) return false;
        // a chain x -> y -> z (found out of dominance order) reads z: y's definition goes too
        for (Map.Entry<Integer, Integer> e : replace.entrySet())
            while (replace.containsKey(e.getValue())) e.setValue(replace.get(e.getValue()));
        for (Block b : m.blocks) {
            b.insns.removeIf(i -> i.op == Op.CONST && replace.containsKey(i.dst));
            for (Insn i : b.insns)
                for (int k = 0; k < i.src.length; k++) {
                    Integer r = replace.get(i.src[k]);
                    if (r != null) i.src[k] = r;
                }
        }
        return true;
    }

    private static boolean sameValue(IrMethod m, Insn a, Insn b) {
        return a.imm == b.imm && m.type(a.dst) == m.type(b.dst);
    }

    /** True if the definition a runs before b on every path to b. */
    private static boolean before(Map<Block, Set<Block>> dom, Def a, Def b) {
        if (a.block == b.block) return a.index < b.index;
        Set<Block> d = dom.get(b.block);
        return d != null && d.contains(a.block);
    }

    /**
     * True if earlier's register r is defined in or live into d's block and into each block that reads d's register: sharing then
     * makes no register live longer than it was (merging with a constant that died long before would hold
     * a register, maybe a spill slot, across code that never needed it).
     */
    private static boolean liveThroughout(IrMethod m, Liveness live, Def earlier, Def d) {
        int r = earlier.insn.dst;
        if (earlier.block != d.block && !live.in(d.block).get(r)) return false;
        for (Block b : m.blocks)
            for (Insn i : b.insns) if (i.reads(d.insn.dst) && !live.in(b).get(r)) return false;
        return true;
    }

    /** True if every read of d's register comes after d on every path to it. */
    private static boolean dominatesUses(IrMethod m, Map<Block, Set<Block>> dom, Def d) {
        for (Block b : m.blocks)
            for (int k = 0; k < b.insns.size(); k++) {
                if (!b.insns.get(k).reads(d.insn.dst)) continue;
                if (!before(dom, d, new Def(b, k, null))) return false;
            }
        return true;
    }
}
