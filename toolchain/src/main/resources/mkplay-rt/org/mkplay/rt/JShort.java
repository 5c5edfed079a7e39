package org.mkplay.rt;

/** java.lang.Short: the boxed value (valueOf caches -128..127, as the JVM) and the static helpers. */
public final class JShort implements JComparable<JShort> {
    public static final short MIN_VALUE = -32768;
    public static final short MAX_VALUE = 32767;

    private static final class Cache {
        static final JShort[] BOXES = new JShort[256];

        static {
            for (int k = 0; k < BOXES.length; k++) BOXES[k] = new JShort((short) (k - 128));
        }
    }

    private final short value;

    public JShort(short value) {
        this.value = value;
    }

    public static JShort valueOf(short s) {
        return s >= -128 && s <= 127 ? Cache.BOXES[s + 128] : new JShort(s);
    }

    public static JShort valueOf(String s) { return valueOf(parseShort(s, 10)); }
    public static short parseShort(String s) { return parseShort(s, 10); }

    public static short parseShort(String s, int radix) {
        int i = JInteger.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            Fault.raise(new JNumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix));
        }
        return (short) i;
    }

    public short shortValue() { return value; }
    public int intValue() { return value; }
    public long longValue() { return value; }
    public byte byteValue() { return (byte) value; }

    public boolean equals(Object o) {
        return o instanceof JShort && ((JShort) o).value == value;
    }

    public int hashCode() { return value; }
    public static int hashCode(short s) { return s; }
    public String toString() { return JInteger.toString(value); }
    public static String toString(short s) { return JInteger.toString(s); }
    public int compareTo(JShort other) { return compare(value, other.value); }
    public static int compare(short x, short y) { return x - y; }
    public static int toUnsignedInt(short x) { return x & 0xffff; }
}
