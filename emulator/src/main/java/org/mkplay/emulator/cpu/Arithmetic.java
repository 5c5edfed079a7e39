package org.mkplay.emulator.cpu;

/**
 * The M and A extension operations whose RISC-V results differ from plain Java operators.
 * Written without {@code Math.multiplyHigh}, which TeaVM's class library lacks.
 */
final class Arithmetic {
    private Arithmetic() {}

    /** Upper 64 bits of the unsigned 128-bit product (schoolbook multiplication on 32-bit halves). */
    static long mulhu(long a, long b) {
        long aLow = a & 0xFFFF_FFFFL, aHigh = a >>> 32;
        long bLow = b & 0xFFFF_FFFFL, bHigh = b >>> 32;
        long low = aLow * bLow;
        long middle1 = aHigh * bLow + (low >>> 32);
        long middle2 = aLow * bHigh + (middle1 & 0xFFFF_FFFFL);
        return aHigh * bHigh + (middle1 >>> 32) + (middle2 >>> 32);
    }

    /** Signed x signed: a negative operand contributes -2^64 times the other one to the unsigned product. */
    static long mulh(long a, long b) {
        return mulhu(a, b) - (a < 0 ? b : 0) - (b < 0 ? a : 0);
    }

    static long mulhsu(long a, long b) {
        return mulhu(a, b) - (a < 0 ? b : 0);
    }

    // Division by zero gives all ones (quotient) or the dividend (remainder); MIN / -1 overflows to MIN
    // with remainder 0, which Java's operators already do (spec: "Division by zero and division overflow").

    /**
     * Unsigned 64-bit quotient, b != 0. Not Long.divideUnsigned: on JDK 17 it goes through BigInteger
     * (allocating) whenever the dividend is at or above 2^63. Halving the dividend makes a signed
     * division exact to within one; the remainder then decides the last bit ("Hacker's Delight" 9-3).
     */
    static long divu(long a, long b) {
        if (b < 0) {
            return (a ^ Long.MIN_VALUE) < (b ^ Long.MIN_VALUE) ? 0 : 1;
        }
        if (a >= 0) {
            return a / b;
        }
        long quotient = ((a >>> 1) / b) << 1;
        long remainder = a - quotient * b;
        return quotient + ((remainder ^ Long.MIN_VALUE) >= (b ^ Long.MIN_VALUE) ? 1 : 0);
    }

    static long remu(long a, long b) {
        return a - divu(a, b) * b;
    }

    static long divw(int a, int b) {
        return b == 0 ? -1 : a / b;
    }

    static long divuw(int a, int b) {
        return b == 0 ? -1 : Integer.divideUnsigned(a, b);
    }

    static long remw(int a, int b) {
        return b == 0 ? a : a % b;
    }

    static long remuw(int a, int b) {
        return b == 0 ? a : Integer.remainderUnsigned(a, b);
    }

    /**
     * The value an AMO stores, from the loaded value {@code old} and the register operand, both
     * sign-extended from the access width. funct5: ADD 0, SWAP 1, XOR 4, OR 8, AND 12, MIN 16,
     * MAX 20, MINU 24, MAXU 28.
     */
    static long amo(int funct5, long old, long operand) {
        switch (funct5) {
            case 0:
                return old + operand;
            case 1:
                return operand;
            case 4:
                return old ^ operand;
            case 8:
                return old | operand;
            case 12:
                return old & operand;
            case 16:
                return Math.min(old, operand);
            case 20:
                return Math.max(old, operand);
            case 24:
                return Long.compareUnsigned(old, operand) <= 0 ? old : operand;
            default:
                return Long.compareUnsigned(old, operand) >= 0 ? old : operand;
        }
    }
}
