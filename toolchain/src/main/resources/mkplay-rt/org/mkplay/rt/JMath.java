package org.mkplay.rt;

/** java.lang.Math integer helpers. */
public final class JMath {
    private JMath() {}

    public static int abs(int a) { return a < 0 ? -a : a; }
    public static long abs(long a) { return a < 0 ? -a : a; }
    public static int max(int a, int b) { return a >= b ? a : b; }
    public static long max(long a, long b) { return a >= b ? a : b; }
    public static int min(int a, int b) { return a <= b ? a : b; }
    public static long min(long a, long b) { return a <= b ? a : b; }

    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x % y != 0) && ((x ^ y) < 0)) q--;
        return q;
    }

    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x % y != 0) && ((x ^ y) < 0)) q--;
        return q;
    }

    public static int floorMod(int x, int y) {
        int m = x % y;
        if (m != 0 && ((m ^ y) < 0)) m += y;
        return m;
    }

    public static long floorMod(long x, long y) {
        long m = x % y;
        if (m != 0 && ((m ^ y) < 0)) m += y;
        return m;
    }

    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) Fault.overflow();
        return r;
    }

    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) Fault.longOverflow();
        return r;
    }

    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) Fault.longOverflow();
        return r;
    }

    /** Overflowed iff dividing back does not give x (plus MIN_VALUE * -1, where the division itself wraps). */
    public static long multiplyExact(long x, long y) {
        long r = x * y;
        if ((y != 0 && r / y != x) || (x == Long.MIN_VALUE && y == -1)) Fault.longOverflow();
        return r;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) Fault.longOverflow();
        return -a;
    }

    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) Fault.overflow();
        return r;
    }

    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) Fault.overflow();
        return (int) r;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) Fault.overflow();
        return -a;
    }

    public static int toIntExact(long v) {
        if ((int) v != v) Fault.overflow();
        return (int) v;
    }
}
