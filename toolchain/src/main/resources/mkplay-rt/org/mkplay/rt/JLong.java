package org.mkplay.rt;

/** java.lang.Long static helpers (no boxing). */
public final class JLong implements JComparable<JLong> {
    /** Boxes for -128..127, made on the first valueOf (not when a program only calls Long's static helpers). */
    private static final class Cache {
        static final JLong[] BOXES = new JLong[256];

        static {
            for (int k = 0; k < BOXES.length; k++) BOXES[k] = new JLong(k - 128);
        }
    }

    private final long value;

    public JLong(long value) {
        this.value = value;
    }

    /** Boxing: the same object for -128..127, as the JVM's Long.valueOf. */
    public static JLong valueOf(long l) {
        return l >= -128 && l <= 127 ? Cache.BOXES[(int) l + 128] : new JLong(l);
    }

    public static JLong valueOf(String s) { return valueOf(parseLong(s, 10)); }
    public long longValue() { return value; }
    public int intValue() { return (int) value; }

    public boolean equals(Object o) {
        return o instanceof JLong && ((JLong) o).value == value;
    }

    public int hashCode() { return hashCode(value); }
    public static int hashCode(long l) { return (int) (l ^ (l >>> 32)); }
    public String toString() { return toString(value); }
    public int compareTo(JLong other) { return compare(value, other.value); }

    public static String toString(long v) {
        return toString(v, 10);
    }

    /** Digits 0-9a-z; a radix outside [2, 36] means 10, as in the JDK. */
    public static String toString(long v, int radix) {
        if (radix < 2 || radix > 36) radix = 10;
        if (v == 0) return "0";
        char[] buf = new char[65];
        int pos = 65;
        boolean negative = v < 0;
        // work with negative numbers so Long.MIN_VALUE needs no special case
        long n = negative ? v : -v;
        while (n != 0) {
            buf[--pos] = JCharacter.forDigit(-(int) (n % radix), radix);
            n /= radix;
        }
        if (negative) buf[--pos] = '-';
        return JString.make(buf, pos, 65 - pos);
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

    /** Parse with an optional sign, range-checked against [min, max]; bad input is a NumberFormatException fault. */
    static long parse(String s, int radix, long min, long max) {
        checkParseArguments(s, radix);
        int n = s.length();
        int k = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            k = 1;
        }
        if (k == n) Fault.numberFormat(s, radix);
        long limit = negative ? min : -max;
        long acc = 0; // accumulated negatively; acc * radix - d >= limit  <=>  acc >= (limit + d) / radix (truncated)
        for (; k < n; k++) {
            int d = JCharacter.digit(s.charAt(k), radix);
            if (d < 0 || acc < (limit + d) / radix) Fault.numberFormat(s, radix);
            acc = acc * radix - d;
        }
        return negative ? acc : -acc;
    }

    private static void checkParseArguments(String s, int radix) {
        if (s == null) Fault.raise(new JNumberFormatException("Cannot parse null string"));
        if (radix < 2) Fault.raise(new JNumberFormatException("radix " + radix + " less than Character.MIN_RADIX"));
        if (radix > 36) Fault.raise(new JNumberFormatException("radix " + radix + " greater than Character.MAX_RADIX"));
    }

    public static long parseLong(String s) {
        return parse(s, 10, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public static long parseLong(String s, int radix) {
        return parse(s, radix, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    public static long parseUnsignedLong(String s) { return parseUnsignedLong(s, 10); }

    /**
     * As the JDK: a string too short to overflow parses as a long; otherwise all but the last digit do, and
     * the last digit is added with an overflow guard on the top bits.
     */
    public static long parseUnsignedLong(String s, int radix) {
        refuseLeadingMinus(s);
        int n = s.length();
        if (n <= 12 || (radix == 10 && n <= 18)) return parseLong(s, radix);
        long first = parseLong(s.substring(0, n - 1), radix);
        int last = JCharacter.digit(s.charAt(n - 1), radix);
        if (last < 0) Fault.raise(new JNumberFormatException("Bad digit at end of " + s));
        long result = first * radix + last;
        int guard = radix * (int) (first >>> 57);
        if (guard >= 128 || (result >= 0 && guard >= 128 - 36)) {
            Fault.raise(new JNumberFormatException("String value " + s + " exceeds range of unsigned long."));
        }
        return result;
    }

    static void refuseLeadingMinus(String s) {
        checkParseArguments(s, 10);
        if (s.length() > 0 && s.charAt(0) == '-') {
            Fault.raise(new JNumberFormatException("Illegal leading minus sign on unsigned string " + s + "."));
        }
    }

    public static int compare(long a, long b) {
        return a < b ? -1 : (a == b ? 0 : 1);
    }

    public static int signum(long v) {
        return (int) ((v >> 63) | (-v >>> 63));
    }

    public static int bitCount(long v) {
        v = v - ((v >>> 1) & 0x5555555555555555L);                         // 2-bit sums
        v = (v & 0x3333333333333333L) + ((v >>> 2) & 0x3333333333333333L);  // 4-bit sums
        v = (v + (v >>> 4)) & 0x0f0f0f0f0f0f0f0fL;                          // byte sums
        return (int) ((v * 0x0101010101010101L) >>> 56);                   // total in the top byte
    }

    /** Binary search for the highest set bit: halve the window while its upper half is zero. */
    public static int numberOfLeadingZeros(long v) {
        if (v == 0) return 64;
        int n = 0;
        for (int width = 32; width > 0; width >>= 1) {
            if (v >>> (64 - width) == 0) {
                n += width;
                v <<= width;
            }
        }
        return n;
    }

    public static int numberOfTrailingZeros(long v) {
        return v == 0 ? 64 : bitCount((v & -v) - 1);
    }

    public static long highestOneBit(long v) { return v & (Long.MIN_VALUE >>> numberOfLeadingZeros(v)); }
    public static long lowestOneBit(long v) { return v & -v; }
    public static long rotateLeft(long v, int distance) { return (v << distance) | (v >>> -distance); }
    public static long rotateRight(long v, int distance) { return (v >>> distance) | (v << -distance); }

    public static long reverse(long v) {
        long r = 0;
        for (int k = 0; k < 64; k++, v >>>= 1) r = (r << 1) | (v & 1);
        return r;
    }

    public static long reverseBytes(long v) {
        long r = 0;
        for (int k = 0; k < 8; k++, v >>>= 8) r = (r << 8) | (v & 0xff);
        return r;
    }

    public static int compareUnsigned(long a, long b) {
        return compare(a + Long.MIN_VALUE, b + Long.MIN_VALUE);
    }

    /** Unsigned quotient: halve the dividend to make it non-negative, divide, then correct by one step. */
    public static long divideUnsigned(long a, long b) {
        if (b < 0) return compareUnsigned(a, b) < 0 ? 0 : 1;
        if (a >= 0) return a / b;
        long q = ((a >>> 1) / b) << 1;
        return compareUnsigned(a - q * b, b) >= 0 ? q + 1 : q;
    }

    public static long remainderUnsigned(long a, long b) {
        return a - divideUnsigned(a, b) * b;
    }

    public static String toUnsignedString(long v) {
        if (v >= 0) return toString(v);
        return toString(divideUnsigned(v, 10)) + toString(remainderUnsigned(v, 10));
    }

    public static long max(long a, long b) { return a >= b ? a : b; }
    public static long min(long a, long b) { return a <= b ? a : b; }
    public static long sum(long a, long b) { return a + b; }
}
