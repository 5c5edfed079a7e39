package org.mkplay.rt;

/**
 * java.io.PrintStream writing UTF-8 to the UART; line separator "\n". Like the JDK's encoder, a surrogate pair
 * (even printed one char at a time) becomes one 4-byte sequence and a lone surrogate becomes '?'.
 */
public final class JPrintStream {
    private char pendingHigh; // a high surrogate waiting for its low half; 0 when none

    public void print(String s) {
        if (s == null) s = "null";
        int n = s.length();
        for (int k = 0; k < n; k++) print(s.charAt(k));
    }

    public void print(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (JCharacter.isLowSurrogate(c)) {
                utf8(((high - 0xD800) << 10) + (c - 0xDC00) + 0x10000);
                return;
            }
            Native.putByte('?');
        }
        if (JCharacter.isHighSurrogate(c)) pendingHigh = c;
        else if (JCharacter.isLowSurrogate(c)) Native.putByte('?');
        else utf8(c);
    }

    private static void utf8(int codePoint) {
        if (codePoint < 0x80) {
            Native.putByte(codePoint);
            return;
        }
        int continuation = codePoint < 0x800 ? 1 : codePoint < 0x10000 ? 2 : 3;
        int lead = continuation == 1 ? 0xc0 : continuation == 2 ? 0xe0 : 0xf0;
        Native.putByte(lead | codePoint >> (6 * continuation));
        for (int k = continuation - 1; k >= 0; k--) Native.putByte(0x80 | codePoint >> (6 * k) & 0x3f);
    }

    public void print(int i) { print(JInteger.toString(i)); }
    public void print(long l) { print(JLong.toString(l)); }
    public void print(boolean b) { print(b ? "true" : "false"); }
    public void print(char[] s) {
        for (int k = 0; k < s.length; k++) print(s[k]);
    }
    public void print(Object o) { print(String.valueOf(o)); }

    public JPrintStream printf(String format, Object... args) {
        print(Format.format(format, args));
        return this;
    }

    public JPrintStream format(String format, Object... args) {
        return printf(format, args);
    }

    public void println() { print('\n'); }
    public void println(String s) { print(s); print('\n'); }
    public void println(char c) { print(c); print('\n'); }
    public void println(int i) { print(i); print('\n'); }
    public void println(long l) { print(l); print('\n'); }
    public void println(boolean b) { print(b); print('\n'); }
    public void println(char[] s) { print(s); print('\n'); }
    public void println(Object o) { print(o); print('\n'); }
}
