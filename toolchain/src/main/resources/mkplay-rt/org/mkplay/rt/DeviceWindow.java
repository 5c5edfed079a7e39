package org.mkplay.rt;

import org.mkplay.vmmagic.Abi;

/**
 * A device's 4 KiB register page mapped into the calling process (user profile), for a driver in user space: made
 * only by {@link #map}, which maps a frame capability the process holds (the kernel checks it) at the next free
 * page of the device area, so byte accesses through a window reach that page and nothing else.
 */
public final class DeviceWindow {
    /** Device pages are mapped upwards from here (far above any image and its heap, below the stack). */
    static final long AREA = 0x7000_0000L;
    public static final int SIZE = 4096;
    private static long next = AREA;

    private final long base;

    private DeviceWindow(long base) {
        this.base = base;
    }

    /** Maps the frame capability in {@code slot} readable and writable; null (and nothing mapped) if the kernel refuses. */
    public static DeviceWindow map(int slot) {
        long[] regs = new long[Syscall.REGISTERS];
        regs[0] = slot;
        regs[1] = next;
        regs[2] = Abi.RIGHT_READ | Abi.RIGHT_WRITE;
        if (Native.syscall(Abi.SYS_MAP, regs) != Abi.OK) return null;
        DeviceWindow w = new DeviceWindow(next);
        next += SIZE;
        return w;
    }

    /** The byte register at offset (0..SIZE-1). */
    public int read8(int offset) {
        check(offset);
        return Native.loadByte(base + offset);
    }

    public void write8(int offset, int value) {
        check(offset);
        Native.storeByte(base + offset, value);
    }

    private static void check(int offset) {
        if (offset < 0 || offset >= SIZE) throw new IndexOutOfBoundsException("device register " + offset);
    }
}
