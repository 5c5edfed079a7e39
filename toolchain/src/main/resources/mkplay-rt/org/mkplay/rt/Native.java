package org.mkplay.rt;

/**
 * Compiler intrinsics used by the runtime library only (user code cannot see this class). Each method is
 * replaced by inline code or a call to a hand-written assembly routine; see ir.build.IntrinsicOps.
 */
final class Native {
    private Native() {}
    /** Writes one byte to the console UART (16550 THR after polling LSR bit 5). */
    static native void putByte(int b);
    /** Powers off through the SiFive test finisher: 0 → 0x5555, otherwise (code << 16) | 0x3333. Never returns. */
    static native void exit(int code);
    static native long loadLong(long address);
    static native int loadByte(long address);
    static native long addressOf(Object o);
    /** The name (a String, "pkg.Name") stored in the class descriptor of o. */
    static native String className(Object o);
    /** A new zeroed array whose class descriptor is at desc. */
    static native Object newArray(long desc, int length);
}
