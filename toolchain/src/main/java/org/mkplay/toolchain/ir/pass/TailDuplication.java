package org.mkplay.toolchain.ir.pass;

import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;

/**
 * A jump to a short block that ends in a conditional branch is replaced by a copy of that block. For
 * javac's loops (test at the top, jump back from the bottom) this is loop rotation: the test is repeated
 * at the bottom, so each iteration takes one branch instead of a jump and a branch. Copies are plain
 * because the IR is not SSA.
 */
public final class TailDuplication {
    private static final int MAX_COPIED = 6;

    private TailDuplication() {}

    public static boolean run(IrMethod m) {
        boolean changed = false;
        for (Block b : m.blocks) {
            Insn last = b.last();
            if (last.op != Op.GOTO) continue;
            Block t = last.targets[0];
            if (t == b || t.insns.size() > MAX_COPIED || t.last().op != Op.BR) continue;
            if (!t.handlers.equals(b.handlers) || t.isHandler) continue; // the copy would raise to other handlers
            b.insns.remove(b.insns.size() - 1);
            for (Insn i : t.insns) b.insns.add(i.copy());
            changed = true;
        }
        return changed;
    }
}
