package org.mkplay.rt;

/** java.lang.Integer static helpers (no boxing). */
public final class JInteger {
    private JInteger() {}

    public static String toString(int i) {
        return JLong.toString(i);
    }

    public static String valueOfDigits(char[] buf, int from) {
        return JString.make(buf, from, buf.length - from);
    }

    public static String toHexString(int i) {
        return JLong.toUnsignedString(i & 0xffffffffL, 4);
    }

    public static String toBinaryString(int i) {
        return JLong.toUnsignedString(i & 0xffffffffL, 1);
    }

    public static String toOctalString(int i) {
        return JLong.toUnsignedString(i & 0xffffffffL, 3);
    }

    public static int parseInt(String s) {
        long v = JLong.parse(s, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return (int) v;
    }

    public static int compare(int a, int b) {
        return a < b ? -1 : (a == b ? 0 : 1);
    }

    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    public static int bitCount(int i) {
        int n = 0;
        while (i != 0) {
            i &= i - 1;
            n++;
        }
        return n;
    }

    public static int max(int a, int b) { return a >= b ? a : b; }
    public static int min(int a, int b) { return a <= b ? a : b; }
    public static int sum(int a, int b) { return a + b; }
}
