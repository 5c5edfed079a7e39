package org.mkplay.toolchain.ir.pass;

import java.util.Arrays;
import java.util.Map;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;

/**
 * Int registers that never hold a negative value, as the greatest fixed point: assume all do, then drop
 * every register with an assignment that could make it negative given the current assumption, until
 * nothing changes. Verified bytecode assigns a register before reading it, so the assumption is an
 * induction over the assignments executed.
 */
final class NonNegative {
    private NonNegative() {}

    /** @param guardedIncrement for each {@code i + 1}: whether {@code i < something} held just before it */
    static boolean[] of(IrMethod m, Map<Insn, Boolean> guardedIncrement) {
        boolean[] non = new boolean[m.vregCount()];
        Arrays.fill(non, true);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Block b : m.blocks) {
                for (Insn i : b.insns) {
                    if (i.dst >= 0 && non[i.dst] && !keepsNonNegative(i, non, guardedIncrement)) {
                        non[i.dst] = false;
                        changed = true;
                    }
                }
            }
        }
        return non;
    }

    private static boolean keepsNonNegative(Insn i, boolean[] non, Map<Insn, Boolean> guarded) {
        return switch (i.op) {
            case CONST -> i.imm >= 0;
            case MOV -> operand(i, 0, non);
            case ALEN, ALEN0, I2C -> true;
            case ADD ->
                !i.wide
                        && operand(i, 0, non)
                        && (i.isConstant(1, 0) || (i.isConstant(1, 1) && guarded.getOrDefault(i, false)));
            case AND -> i.isConstant(1) && i.constants[1] >= 0 && (!i.wide || i.constants[1] >= 0);
            case USHR -> i.isConstant(1) && (i.constants[1] & (i.wide ? 63 : 31)) > 0;
            case LOAD -> i.access().type() == 'C' || i.access().type() == 'Z';
            default -> false;
        };
    }

    private static boolean operand(Insn i, int k, boolean[] non) {
        return i.isConstant(k) ? i.constants[k] >= 0 : non[i.src[k]];
    }
}
