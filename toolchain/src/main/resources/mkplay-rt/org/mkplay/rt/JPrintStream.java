package org.mkplay.rt;

/** java.io.PrintStream writing UTF-8 to the UART; line separator "\n". */
public final class JPrintStream {
    public void print(String s) {
        if (s == null) s = "null";
        int n = s.length();
        for (int k = 0; k < n; k++) print(s.charAt(k));
    }

    /** Encodes one UTF-16 unit as UTF-8 (surrogates are written individually, like a lone char). */
    public void print(char c) {
        if (c < 0x80) {
            Native.putByte(c);
        } else if (c < 0x800) {
            Native.putByte(0xc0 | c >> 6);
            Native.putByte(0x80 | c & 0x3f);
        } else {
            Native.putByte(0xe0 | c >> 12);
            Native.putByte(0x80 | c >> 6 & 0x3f);
            Native.putByte(0x80 | c & 0x3f);
        }
    }

    public void print(int i) { print(JInteger.toString(i)); }
    public void print(long l) { print(JLong.toString(l)); }
    public void print(boolean b) { print(b ? "true" : "false"); }
    public void print(char[] s) {
        for (int k = 0; k < s.length; k++) print(s[k]);
    }
    public void print(Object o) { print(String.valueOf(o)); }

    public void println() { print('\n'); }
    public void println(String s) { print(s); print('\n'); }
    public void println(char c) { print(c); print('\n'); }
    public void println(int i) { print(i); print('\n'); }
    public void println(long l) { print(l); print('\n'); }
    public void println(boolean b) { print(b); print('\n'); }
    public void println(char[] s) { print(s); print('\n'); }
    public void println(Object o) { print(o); print('\n'); }
}
