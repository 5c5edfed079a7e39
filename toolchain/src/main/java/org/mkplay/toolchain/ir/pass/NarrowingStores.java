package org.mkplay.toolchain.ir.pass;

import java.util.HashMap;
import java.util.Map;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;

/**
 * A narrowing conversion ({@code (byte)}, {@code (char)}, {@code (short)}, {@code (int)} of a long) whose
 * result is only ever stored by a store of at most that width changes nothing the store writes: it becomes
 * a copy. {@code data[i] = (byte) x} is one {@code sb} of x.
 */
public final class NarrowingStores {
    private NarrowingStores() {}

    public static boolean run(IrMethod m) {
        Map<Integer, Integer> defs = new HashMap<>();
        Map<Integer, Integer> widestUse = new HashMap<>();
        for (Block b : m.blocks) {
            for (Insn i : b.insns) {
                if (i.dst >= 0) defs.merge(i.dst, 1, Integer::sum);
                for (int k = 0; k < i.src.length; k++) {
                    if (i.src[k] >= 0) widestUse.merge(i.src[k], bitsRead(i, k), Math::max);
                }
            }
        }
        boolean changed = false;
        for (Block b : m.blocks) {
            for (Insn i : b.insns) {
                int kept = bitsKept(i.op);
                if (kept == 0 || defs.get(i.dst) != 1 || widestUse.getOrDefault(i.dst, 64) > kept) continue;
                i.becomeCopyOf(0);
                changed = true;
            }
        }
        return changed;
    }

    /** Bits of source k that instruction i depends on: the stored width for a store's value, else all. */
    private static int bitsRead(Insn i, int k) {
        if (i.op != Op.STORE || k != 1) return 64;
        return switch (i.access().type()) {
            case 'Z', 'B' -> 8;
            case 'C', 'S' -> 16;
            case 'I' -> 32;
            default -> 64;
        };
    }

    private static int bitsKept(Op op) {
        return switch (op) {
            case I2B -> 8;
            case I2C, I2S -> 16;
            case L2I -> 32;
            default -> 0;
        };
    }
}
