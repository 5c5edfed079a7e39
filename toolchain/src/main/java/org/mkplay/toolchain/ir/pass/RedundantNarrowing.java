package org.mkplay.toolchain.ir.pass;

import java.util.HashMap;
import java.util.Map;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;

/**
 * {@code (int) (x & mask)} with a mask in [0, 2^31): the AND leaves a value an int holds already, sign-extended,
 * so the L2I (an {@code addiw}) becomes a copy, which propagation removes. The kernel decodes its message info
 * this way ({@code (int) (info & 7)}, the word count). The AND must be the value's only assignment.
 */
public final class RedundantNarrowing {
    private RedundantNarrowing() {}

    public static boolean run(IrMethod m) {
        Map<Integer, Integer> defs = m.definitionCounts();
        Map<Integer, Insn> only = new HashMap<>();
        for (Block b : m.blocks) for (Insn i : b.insns) if (defs.getOrDefault(i.dst, 0) == 1) only.put(i.dst, i);
        boolean changed = false;
        for (Block b : m.blocks) {
            for (Insn i : b.insns) {
                if (i.op != Op.L2I || i.isConstant(0) || defs.getOrDefault(i.src[0], 0) != 1) continue;
                Insn def = only.get(i.src[0]);
                if (def.op != Op.AND) continue;
                boolean small = def.isConstant(1) && def.constants[1] >= 0 && def.constants[1] <= Integer.MAX_VALUE
                        || def.isConstant(0) && def.constants[0] >= 0 && def.constants[0] <= Integer.MAX_VALUE;
                if (!small) continue;
                i.becomeCopyOf(0);
                changed = true;
            }
        }
        return changed;
    }
}
