package org.mkplay.toolchain.ir.build;

import static org.objectweb.asm.Opcodes.*;

import org.mkplay.toolchain.ir.VType;

/**
 * pop, dup and swap forms on the simulated stack: they only rearrange registers, so they emit nothing.
 * The JVM defines them over slots, where a long takes two; an entry here is one register, so the forms
 * are chosen by the sizes of the entries involved.
 */
final class Shuffles {
    private Shuffles() {}

    static void apply(Builder b, int op) {
        boolean topWide = wide(b, 0);
        switch (op) {
            case POP -> b.pop();
            case POP2 -> {
                b.pop();
                if (!topWide) b.pop();
            }
            case DUP -> permute(b, 1, 0, 0);
            case DUP_X1 -> permute(b, 2, 1, 0, 1);
            case DUP_X2 -> {
                if (wide(b, 1)) permute(b, 2, 1, 0, 1);
                else permute(b, 3, 2, 0, 1, 2);
            }
            case DUP2 -> {
                if (topWide) permute(b, 1, 0, 0);
                else permute(b, 2, 0, 1, 0, 1);
            }
            case DUP2_X1 -> {
                if (topWide) permute(b, 2, 1, 0, 1);
                else permute(b, 3, 1, 2, 0, 1, 2);
            }
            case DUP2_X2 -> dup2x2(b, topWide);
            default -> permute(b, 2, 1, 0); // SWAP
        }
    }

    private static boolean wide(Builder b, int fromTop) {
        return b.stack.size() > fromTop && b.ir.type(b.peek(fromTop)) == VType.LONG;
    }

    private static void dup2x2(Builder b, boolean topWide) {
        if (topWide) {
            if (wide(b, 1)) permute(b, 2, 1, 0, 1);
            else permute(b, 3, 2, 0, 1, 2);
        } else if (wide(b, 2)) {
            permute(b, 3, 1, 2, 0, 1, 2);
        } else {
            permute(b, 4, 2, 3, 0, 1, 2, 3);
        }
    }

    /** Replaces the top {@code take} entries by those listed in {@code order} (indexes, 0 = deepest taken). */
    private static void permute(Builder b, int take, int... order) {
        int[] taken = b.popN(take);
        for (int k : order) b.stack.add(taken[k]);
    }
}
