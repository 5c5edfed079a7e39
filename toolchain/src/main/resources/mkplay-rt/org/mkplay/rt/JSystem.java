package org.mkplay.rt;

/** java.lang.System: out, exit and arraycopy. */
public final class JSystem {
    private JSystem() {}
    public static final JPrintStream out = new JPrintStream();

    public static void exit(int status) {
        Native.exit(status);
    }

    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }
}
