package org.mkplay.mk;

/**
 * The console, through the console server (the UART's driver in user space): print text, read typed bytes. A read
 * that finds nothing waits on the input notification, which the UART's receive interrupt signals.
 */
public final class Console {
    private Console() {}

    /** Labels of the console server's protocol: bytes to print; typed bytes (the answer's bytes, maybe none). */
    public static final long WRITE = 1, READ = 2;

    private static final Message out = new Message(), in = new Message();
    private static int inPos;

    public static void print(String s) {
        int i = 0;
        while (i < s.length()) {
            out.clear().label(WRITE);
            for (; i < s.length() && out.length() < Message.MAX_BYTES; i++) {
                char c = s.charAt(i);
                out.put(c < 128 ? c : '?');
            }
            Ipc.call(Cap.CONSOLE, out);
        }
    }

    public static void println(String s) {
        print(s);
        print("\n");
    }

    /** The next typed byte, waiting for input if there is none. */
    public static int read() {
        while (inPos >= in.length()) {
            in.clear().label(READ);
            inPos = 0;
            if (Ipc.call(Cap.CONSOLE, in) != 0) return -1;
            if (in.length() == 0) Ipc.waitFor(Cap.INPUT);
        }
        return in.byteAt(inPos++);
    }

    /**
     * A line typed at the console, without its end: each byte is echoed as it is consumed (so the transcript is
     * the same however fast the input arrives), backspace and DEL erase, CR or LF ends the line.
     */
    public static String readLine() {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = read();
            if (c < 0 || c == '\n' || c == '\r') {
                print("\n");
                return line.toString();
            }
            if (c == 8 || c == 127) {
                if (line.length() > 0) {
                    line.setLength(line.length() - 1);
                    print("\b \b");
                }
            } else if (c >= 32 && c < 127) {
                line.append((char) c);
                out.clear().label(WRITE).put(c);
                Ipc.call(Cap.CONSOLE, out);
            }
        }
    }
}
