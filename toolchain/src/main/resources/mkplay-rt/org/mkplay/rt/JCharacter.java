package org.mkplay.rt;

/** java.lang.Character: static helpers (ASCII/Latin-1 range only) and the boxed value (cached for 0..127). */
public final class JCharacter implements JComparable<JCharacter> {
    /** Boxes for 0..127, made on the first valueOf (not when a program only calls Character's static helpers). */
    private static final class Cache {
        static final JCharacter[] BOXES = new JCharacter[128];

        static {
            for (int k = 0; k < BOXES.length; k++) BOXES[k] = new JCharacter((char) k);
        }
    }

    private final char value;

    public JCharacter(char value) {
        this.value = value;
    }

    public static JCharacter valueOf(char c) {
        return c < 128 ? Cache.BOXES[c] : new JCharacter(c);
    }

    public char charValue() { return value; }

    public boolean equals(Object o) {
        return o instanceof JCharacter && ((JCharacter) o).value == value;
    }

    public int hashCode() { return value; }
    public static int hashCode(char c) { return c; }
    public String toString() { return toString(value); }
    public int compareTo(JCharacter other) { return compare(value, other.value); }
    public static int compare(char a, char b) { return a - b; }

    public static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
    public static boolean isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    public static boolean isLetterOrDigit(char c) { return isDigit(c) || isLetter(c); }
    public static boolean isWhitespace(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }
    public static boolean isUpperCase(char c) { return c >= 'A' && c <= 'Z'; }
    public static boolean isLowerCase(char c) { return c >= 'a' && c <= 'z'; }
    public static char toUpperCase(char c) { return isLowerCase(c) ? (char) (c - 32) : c; }
    public static char toLowerCase(char c) { return isUpperCase(c) ? (char) (c + 32) : c; }
    public static String toString(char c) { return JString.make(new char[] {c}, 0, 1); }
    public static int getNumericValue(char c) { return isDigit(c) ? c - '0' : -1; }

    public static boolean isHighSurrogate(char c) { return c >= '\uD800' && c <= '\uDBFF'; }
    public static boolean isLowSurrogate(char c) { return c >= '\uDC00' && c <= '\uDFFF'; }

    /** Value of an ASCII digit or letter in radix (2..36), else -1. */
    public static int digit(char c, int radix) {
        int d = isDigit(c) ? c - '0' : isLetter(c) ? toLowerCase(c) - 'a' + 10 : -1;
        return radix >= 2 && radix <= 36 && d < radix ? d : -1;
    }

    /** Lower-case digit character for digit in radix, or '\0' when either is out of range. */
    public static char forDigit(int digit, int radix) {
        if (radix < 2 || radix > 36 || digit < 0 || digit >= radix) return '\0';
        return (char) (digit < 10 ? '0' + digit : 'a' + digit - 10);
    }
}
