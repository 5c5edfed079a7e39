package org.mkplay.rt;

/**
 * java.lang.Integer: the static helpers and the boxed value. javac boxes through {@link #valueOf(int)}, which
 * returns the same object for -128..127 (the JLS's required cache, as the JVM does), so {@code ==} on boxed
 * values behaves as on the JVM.
 */
public final class JInteger implements JComparable<JInteger> {
    /** Boxes for -128..127, made on the first valueOf (not when a program only calls Integer's static helpers). */
    private static final class Cache {
        static final JInteger[] BOXES = new JInteger[256];

        static {
            for (int k = 0; k < BOXES.length; k++) BOXES[k] = new JInteger(k - 128);
        }
    }

    private final int value;

    public JInteger(int value) {
        this.value = value;
    }

    public static JInteger valueOf(int i) {
        return i >= -128 && i <= 127 ? Cache.BOXES[i + 128] : new JInteger(i);
    }

    public static JInteger valueOf(String s) { return valueOf(parseInt(s, 10)); }
    public static JInteger valueOf(String s, int radix) { return valueOf(parseInt(s, radix)); }

    public int intValue() { return value; }
    public long longValue() { return value; }
    public short shortValue() { return (short) value; }
    public byte byteValue() { return (byte) value; }

    public boolean equals(Object o) {
        return o instanceof JInteger && ((JInteger) o).value == value;
    }

    public int hashCode() { return value; }
    public static int hashCode(int i) { return i; }
    public String toString() { return toString(value); }
    public int compareTo(JInteger other) { return compare(value, other.value); }

    public static int parseUnsignedInt(String s) { return parseUnsignedInt(s, 10); }

    /** As the JDK: short strings parse as int, longer ones as long and must fit 32 unsigned bits. */
    public static int parseUnsignedInt(String s, int radix) {
        JLong.refuseLeadingMinus(s);
        int n = s.length();
        if (n <= 5 || (radix == 10 && n <= 9)) return parseInt(s, radix);
        long l = JLong.parseLong(s, radix);
        if ((l >>> 32) != 0) Fault.raise(new JNumberFormatException("String value " + s + " exceeds range of unsigned int."));
        return (int) l;
    }

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
