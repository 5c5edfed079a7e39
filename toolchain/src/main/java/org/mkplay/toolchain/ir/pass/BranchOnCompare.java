package org.mkplay.toolchain.ir.pass;

import java.util.Map;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cond;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;

/**
 * A branch on a comparison's 0/1 result branches on the comparison itself: {@code v = SETCC.c x, y} and then
 * {@code BR.ne v, 0} (or {@code BR.eq v, 0}) in the same block, v read nowhere else, becomes {@code BR.c x, y}
 * (or the negated condition), and dead code removes the SETCC. The kernel's {@code Address.ne} and {@code eq}
 * tested by an {@code if} are one {@code bne} instead of {@code xor}, {@code sltu}, {@code bne}. x and y must
 * hold the same values at the branch (not assigned in between). Registers hold ints sign-extended, so the
 * branch's full-width compare agrees with an int SETCC's.
 */
public final class BranchOnCompare {
    private BranchOnCompare() {}

    public static boolean run(IrMethod m) {
        Map<Integer, Integer> uses = m.useCounts();
        boolean changed = false;
        for (Block b : m.blocks) {
            if (b.insns.isEmpty()) continue;
            Insn br = b.last();
            if (br.op != Op.BR || (br.cond != Cond.EQ && br.cond != Cond.NE) || br.src.length != 2) continue;
            int k = br.isConstant(1, 0) && !br.isConstant(0) ? 0 : br.isConstant(0, 0) && !br.isConstant(1) ? 1 : -1;
            if (k < 0 || uses.get(br.src[k]) != 1) continue;
            Insn cmp = definition(b, br.src[k]);
            if (cmp == null) continue;
            br.cond = br.cond == Cond.NE ? cmp.cond : cmp.cond.negate();
            br.src = cmp.src.clone();
            br.constants = cmp.constants.clone();
            changed = true;
        }
        return changed;
    }

    /** The SETCC assigning v last in b, if its sources are not assigned after it in b; else null. */
    private static Insn definition(Block b, int v) {
        for (int k = b.insns.size() - 2; k >= 0; k--) {
            Insn i = b.insns.get(k);
            if (i.dst != v) continue;
            if (i.op != Op.SETCC || i.reads(v)) return null;
            for (int j = k + 1; j < b.insns.size() - 1; j++) {
                int d = b.insns.get(j).dst;
                if (d >= 0 && i.reads(d)) return null;
            }
            return i;
        }
        return null;
    }
}
