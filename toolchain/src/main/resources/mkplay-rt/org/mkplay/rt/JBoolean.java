package org.mkplay.rt;

/** java.lang.Boolean. javac boxes through {@link #valueOf(boolean)}, so TRUE and FALSE are the only boxes it makes. */
public final class JBoolean implements JComparable<JBoolean> {
    public static final JBoolean TRUE = new JBoolean(true);
    public static final JBoolean FALSE = new JBoolean(false);

    private final boolean value;

    public JBoolean(boolean value) {
        this.value = value;
    }

    public static JBoolean valueOf(boolean b) { return b ? TRUE : FALSE; }
    public static JBoolean valueOf(String s) { return parseBoolean(s) ? TRUE : FALSE; }
    public static boolean parseBoolean(String s) { return "true".equalsIgnoreCase(s); }
    public boolean booleanValue() { return value; }

    public boolean equals(Object o) {
        return o instanceof JBoolean && ((JBoolean) o).value == value;
    }

    public int hashCode() { return hashCode(value); }
    public static int hashCode(boolean b) { return b ? 1231 : 1237; }
    public static String toString(boolean b) { return b ? "true" : "false"; }
    public String toString() { return toString(value); }
    public int compareTo(JBoolean other) { return compare(value, other.value); }
    public static int compare(boolean a, boolean b) { return a == b ? 0 : (a ? 1 : -1); }
    public static boolean logicalAnd(boolean a, boolean b) { return a && b; }
    public static boolean logicalOr(boolean a, boolean b) { return a || b; }
    public static boolean logicalXor(boolean a, boolean b) { return a ^ b; }
}
