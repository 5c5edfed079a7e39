package org.mkplay.rt;

/** java.lang.System: out and exit only. */
public final class JSystem {
    private JSystem() {}
    public static final JPrintStream out = new JPrintStream();

    public static void exit(int status) {
        Native.exit(status);
    }
}
