package org.mkplay.rt;

/** java.lang.Character static helpers, ASCII/Latin-1 range only. */
public final class JCharacter {
    private JCharacter() {}

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
}
