package org.mkplay.rt;

/** java.lang.Long static helpers (no boxing). */
public final class JLong {
    private JLong() {}

    public static String toString(long v) {
        if (v == 0) return "0";
        char[] buf = new char[20];
        int pos = 20;
        boolean negative = v < 0;
        // work with negative numbers so Long.MIN_VALUE needs no special case
        long n = negative ? v : -v;
        while (n != 0) {
            buf[--pos] = (char) ('0' - (int) (n % 10));
            n /= 10;
        }
        if (negative) buf[--pos] = '-';
        return JString.make(buf, pos, 20 - pos);
    }

    static String toUnsignedString(long v, int shift) {
        char[] buf = new char[64];
        int pos = 64;
        long mask = (1L << shift) - 1;
        do {
            buf[--pos] = "0123456789abcdef".charAt((int) (v & mask));
            v >>>= shift;
        } while (v != 0);
        return JString.make(buf, pos, 64 - pos);
    }

    public static String toHexString(long v) {
        return toUnsignedString(v, 4);
    }

    public static String toBinaryString(long v) {
        return toUnsignedString(v, 1);
    }

    /** Decimal parse with an optional sign, range-checked against [min, max]; bad input is a NumberFormatException fault. */
    static long parse(String s, long min, long max) {
        if (s == null) Fault.numberFormat(s);
        int n = s.length();
        int k = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            k = 1;
        }
        if (k == n) Fault.numberFormat(s);
        long limit = negative ? min : -max;
        long acc = 0; // accumulated negatively
        for (; k < n; k++) {
            int d = s.charAt(k) - '0';
            if (d < 0 || d > 9) Fault.numberFormat(s);
            if (acc < (limit + d) / 10) Fault.numberFormat(s);
            acc = acc * 10 - d;
        }
        return negative ? acc : -acc;
    }

    public static long parseLong(String s) {
        return parse(s, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public static int compare(long a, long b) {
        return a < b ? -1 : (a == b ? 0 : 1);
    }

    public static int signum(long v) {
        return (int) ((v >> 63) | (-v >>> 63));
    }

    public static long max(long a, long b) { return a >= b ? a : b; }
    public static long min(long a, long b) { return a <= b ? a : b; }
    public static long sum(long a, long b) { return a + b; }
}
