package org.mkplay.rt;

/** java.lang.Integer static helpers (no boxing). */
public final class JInteger {
    private JInteger() {}

    public static String toString(int i) {
        return JLong.toString(i);
    }

    public static String toString(int i, int radix) {
        return JLong.toString(i, radix);
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
        return parseInt(s, 10);
    }

    public static int parseInt(String s, int radix) {
        return (int) JLong.parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    public static int compare(int a, int b) {
        return a < b ? -1 : (a == b ? 0 : 1);
    }

    public static int signum(int i) {
        return (i >> 31) | (-i >>> 31);
    }

    public static int bitCount(int i) {
        return JLong.bitCount(i & 0xffffffffL);
    }

    public static int numberOfLeadingZeros(int i) { return JLong.numberOfLeadingZeros(i & 0xffffffffL) - 32; }
    public static int numberOfTrailingZeros(int i) { return i == 0 ? 32 : JLong.numberOfTrailingZeros(i); }
    public static int highestOneBit(int i) { return i & (Integer.MIN_VALUE >>> numberOfLeadingZeros(i)); }
    public static int lowestOneBit(int i) { return i & -i; }
    public static int rotateLeft(int i, int distance) { return (i << distance) | (i >>> -distance); }
    public static int rotateRight(int i, int distance) { return (i >>> distance) | (i << -distance); }
    public static int reverse(int i) { return (int) (JLong.reverse(i) >>> 32); }
    public static int reverseBytes(int i) { return (int) (JLong.reverseBytes(i) >>> 32); }
    public static int compareUnsigned(int a, int b) { return compare(a + Integer.MIN_VALUE, b + Integer.MIN_VALUE); }
    public static int divideUnsigned(int a, int b) { return (int) ((a & 0xffffffffL) / (b & 0xffffffffL)); }
    public static int remainderUnsigned(int a, int b) { return (int) ((a & 0xffffffffL) % (b & 0xffffffffL)); }
    public static long toUnsignedLong(int i) { return i & 0xffffffffL; }
    public static String toUnsignedString(int i) { return JLong.toString(i & 0xffffffffL); }

    public static int max(int a, int b) { return a >= b ? a : b; }
    public static int min(int a, int b) { return a <= b ? a : b; }
    public static int sum(int a, int b) { return a + b; }
}
