package org.mkplay.rt;

import org.mkplay.vmmagic.Abi;

/**
 * The calling thread's IPC buffer (user profile): the 4 KiB page the kernel maps right above the stack (at
 * Abi.USER_IPC_BUFFER in a user process, at the top of its slot for a program placed in the kernel), whose first n
 * bytes a message carries when its info word says n buffer bytes. Every access is checked against the buffer's
 * bounds, so user code reaches that page and nothing else.
 */
public final class IpcBuffer {
    public static final int SIZE = Abi.MAX_BUFFER;
    /** The gc_info word where _start left the stack pointer the kernel started the program with (Gc.STACK_TOP). */
    private static final int STACK_TOP = 32;

    private IpcBuffer() {}

    /** Copies data[from .. from + length) to the buffer at offset. */
    public static void write(int offset, byte[] data, int from, int length) {
        check(offset, length);
        if (from < 0 || length > data.length - from) throw new IndexOutOfBoundsException("source range");
        long at = address() + offset;
        for (int k = 0; k < length; k++) Native.storeByte(at + k, data[from + k]);
    }

    /** Copies length bytes from the buffer at offset into into[at ..]. */
    public static void read(int offset, byte[] into, int at, int length) {
        check(offset, length);
        if (at < 0 || length > into.length - at) throw new IndexOutOfBoundsException("destination range");
        long base = address() + offset;
        for (int k = 0; k < length; k++) into[at + k] = (byte) Native.loadByte(base + k);
    }

    /** The buffer starts where the stack ends: the program's initial sp (both are Abi.USER_STACK_TOP in a process). */
    static long address() {
        return Native.loadLong(Native.gcInfo() + STACK_TOP);
    }

    private static void check(int offset, int length) {
        if (offset < 0 || length < 0 || length > SIZE - offset) {
            throw new IndexOutOfBoundsException("IPC buffer range " + offset + " + " + length + " outside 0.." + SIZE);
        }
    }
}
