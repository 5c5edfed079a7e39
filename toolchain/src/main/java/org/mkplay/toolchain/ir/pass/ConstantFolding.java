package org.mkplay.toolchain.ir.pass;

import org.mkplay.toolchain.ir.Arith;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;

/**
 * Constant folding with exact Java semantics ({@link Arith}), algebraic identities ({@code x + 0},
 * {@code x * 1}, {@code x * 2^k} as a shift, ...), constant operands moved second in commutative operations
 * (where the immediate forms take them), checks that cannot fail on a constant (division by a non-zero
 * constant, a non-negative array size) deleted, and branches and switches on constants made jumps.
 */
public final class ConstantFolding {
    private ConstantFolding() {}

    public static boolean run(IrMethod m) {
        boolean changed = false;
        for (Block b : m.blocks) {
            for (int k = 0; k < b.insns.size(); k++) {
                Insn i = b.insns.get(k);
                if (removableCheck(i)) {
                    b.insns.remove(k--);
                    changed = true;
                } else {
                    changed |= fold(i);
                }
            }
        }
        return changed;
    }

    private static boolean removableCheck(Insn i) {
        return switch (i.op) {
            case DIV_CHECK -> i.isConstant(0) && i.constants[0] != 0;
            case SIZE_CHECK -> i.isConstant(0) && i.constants[0] >= 0;
            default -> false;
        };
    }

    private static boolean fold(Insn i) {
        if (i.op.isArithmetic()) return arithmetic(i);
        if (Arith.isUnary(i.op) && i.isConstant(0)) {
            i.becomeConstant(Arith.unary(i.op, i.wide, i.constants[0]));
            return true;
        }
        return switch (i.op) {
            case LCMP ->
                i.isConstant(0) && i.isConstant(1) && constant(i, Long.compare(i.constants[0], i.constants[1]));
            case SETCC ->
                i.isConstant(0) && i.isConstant(1) && constant(i, i.cond.holds(i.constants[0], i.constants[1]) ? 1 : 0);
            case BR -> branch(i);
            case SWITCH -> i.isConstant(0) && switchOnConstant(i);
            default -> false;
        };
    }

    private static boolean constant(Insn i, long c) {
        i.becomeConstant(c);
        return true;
    }

    private static boolean arithmetic(Insn i) {
        if (i.isConstant(0) && i.isConstant(1) && Arith.foldable(i.op, i.constants[1])) {
            return constant(i, Arith.apply(i.op, i.wide, i.constants[0], i.constants[1]));
        }
        if (i.isConstant(0) && !i.isConstant(1) && Arith.commutative(i.op)) {
            swapOperands(i);
        }
        return i.isConstant(1) && identity(i, i.constants[1]);
    }

    private static void swapOperands(Insn i) {
        int s = i.src[0];
        long c = i.constants[0];
        i.src[0] = i.src[1];
        i.constants[0] = i.constants[1];
        i.src[1] = s;
        i.constants[1] = c;
    }

    /** x op c where the result is x, 0, or a cheaper operation. */
    private static boolean identity(Insn i, long c) {
        long mask = i.wide ? 63 : 31;
        boolean isX = switch (i.op) {
            case ADD, SUB, OR, XOR -> c == 0;
            case MUL, DIV -> c == 1;
            case SHL, SHR, USHR -> (c & mask) == 0;
            case AND -> i.wide ? c == -1 : (int) c == -1;
            default -> false;
        };
        if (isX) {
            i.becomeCopyOf(0);
            return true;
        }
        if (i.op == Op.MUL && c > 1 && Long.bitCount(c) == 1) {
            i.op = Op.SHL;
            i.constants[1] = Long.numberOfTrailingZeros(c);
            return true;
        }
        return false;
    }

    private static boolean branch(Insn i) {
        if (!i.isConstant(0) || !i.isConstant(1)) return false;
        Block to = i.cond.holds(i.constants[0], i.constants[1]) ? i.targets[0] : i.targets[1];
        jump(i, to);
        return true;
    }

    private static boolean switchOnConstant(Insn i) {
        int[] keys = i.switchKeys().keys();
        Block to = i.targets[0];
        for (int k = 0; k < keys.length; k++) if (keys[k] == (int) i.constants[0]) to = i.targets[k + 1];
        jump(i, to);
        return true;
    }

    private static void jump(Insn i, Block to) {
        i.op = Op.GOTO;
        i.src = new int[0];
        i.constants = new long[0];
        i.cond = null;
        i.ref = null;
        i.targets = new Block[] {to};
    }
}
