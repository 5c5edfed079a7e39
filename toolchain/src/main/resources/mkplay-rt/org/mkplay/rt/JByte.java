package org.mkplay.rt;

/** java.lang.Byte: the boxed value (valueOf returns one shared box per value, as the JVM) and the static helpers. */
public final class JByte implements JComparable<JByte> {
    public static final byte MIN_VALUE = -128;
    public static final byte MAX_VALUE = 127;

    private static final class Cache {
        static final JByte[] BOXES = new JByte[256];

        static {
            for (int k = 0; k < BOXES.length; k++) BOXES[k] = new JByte((byte) (k - 128));
        }
    }

    private final byte value;

    public JByte(byte value) {
        this.value = value;
    }

    public static JByte valueOf(byte b) {
        return Cache.BOXES[b + 128];
    }

    public static JByte valueOf(String s) { return valueOf(parseByte(s, 10)); }
    public static byte parseByte(String s) { return parseByte(s, 10); }

    public static byte parseByte(String s, int radix) {
        int i = JInteger.parseInt(s, radix);
        if (i < MIN_VALUE || i > MAX_VALUE) {
            Fault.raise(new JNumberFormatException("Value out of range. Value:\"" + s + "\" Radix:" + radix));
        }
        return (byte) i;
    }

    public byte byteValue() { return value; }
    public short shortValue() { return value; }
    public int intValue() { return value; }
    public long longValue() { return value; }

    public boolean equals(Object o) {
        return o instanceof JByte && ((JByte) o).value == value;
    }

    public int hashCode() { return value; }
    public static int hashCode(byte b) { return b; }
    public String toString() { return JInteger.toString(value); }
    public static String toString(byte b) { return JInteger.toString(b); }
    public int compareTo(JByte other) { return compare(value, other.value); }
    public static int compare(byte x, byte y) { return x - y; }
    public static int toUnsignedInt(byte x) { return x & 0xff; }
}
