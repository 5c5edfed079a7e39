package org.mkplay.toolchain.ir;

/**
 * Java semantics of the IR's arithmetic on constants. An int operation works on the low 32 bits and
 * gives a sign-extended result; shift distances are masked to 5 (int) or 6 (long) bits; MIN_VALUE / -1 is
 * MIN_VALUE. Division by zero is never folded (it raises ArithmeticException at run time).
 */
public final class Arith {
    private Arith() {}

    public static boolean foldable(Op op, long divisor) {
        return !((op == Op.DIV || op == Op.REM) && divisor == 0);
    }

    public static long apply(Op op, boolean wide, long x, long y) {
        return wide ? applyLong(op, x, y) : applyInt(op, (int) x, (int) y);
    }

    private static long applyLong(Op op, long x, long y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case REM -> x % y;
            case SHL -> x << y;
            case SHR -> x >> y;
            case USHR -> x >>> y;
            case AND -> x & y;
            case OR -> x | y;
            case XOR -> x ^ y;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    private static long applyInt(Op op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            case REM -> a % b;
            case SHL -> a << b;
            case SHR -> a >> b;
            case USHR -> a >>> b;
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    /** NEG and the conversions. */
    public static long unary(Op op, boolean wide, long v) {
        return switch (op) {
            case NEG -> wide ? -v : (long) -(int) v;
            case L2I -> (int) v;
            case I2B -> (byte) v;
            case I2C -> (char) v;
            case I2S -> (short) v;
            default -> throw new IllegalArgumentException(op.name());
        };
    }

    public static boolean isUnary(Op op) {
        return op == Op.NEG || op == Op.L2I || op == Op.I2B || op == Op.I2C || op == Op.I2S;
    }

    public static boolean commutative(Op op) {
        return op == Op.ADD || op == Op.MUL || op == Op.AND || op == Op.OR || op == Op.XOR;
    }
}
