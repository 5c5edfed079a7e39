package org.mkplay.rt;

import org.mkplay.vmmagic.Abi;

/**
 * A RAM page that a frame capability names, mapped into the calling process at an address of its own (user
 * profile): one fixed page per capability slot in the page area, so mapping the same capability again after an
 * unmap uses the same address. Accesses are checked against the page's bounds; an access while the page is not
 * mapped is a page fault, which the kernel reports as this program's fault.
 */
public final class PageWindow {
    /** Pages are mapped at AREA + slot * SIZE: above the device area (0x7000_0000), far below the stack. */
    static final long AREA = 0x7100_0000L;

    public static final int SIZE = 4096;

    private final int slot;
    private final long base;
    /** The register block of map and unmap (one per program: nothing here allocates after construction). */
    private static final long[] regs = new long[Syscall.REGISTERS];

    public PageWindow(int slot) {
        if (slot < 0 || slot >= Abi.CSPACE_SLOTS) throw new IllegalArgumentException("no capability slot " + slot);
        this.slot = slot;
        this.base = AREA + (long) slot * SIZE;
    }

    /** The page's address in this process. */
    public long address() {
        return base;
    }

    /** MAP: the frame at this window's address, readable and writable; the kernel's status. */
    public long map() {
        for (int i = 3; i < Syscall.REGISTERS; i++) regs[i] = 0;
        regs[0] = slot;
        regs[1] = base;
        regs[2] = Abi.RIGHT_READ | Abi.RIGHT_WRITE;
        return Native.syscall(Abi.SYS_MAP, regs);
    }

    /** UNMAP: the frame leaves this address space (another process may map it now); the kernel's status. */
    public long unmap() {
        for (int i = 1; i < Syscall.REGISTERS; i++) regs[i] = 0;
        regs[0] = slot;
        return Native.syscall(Abi.SYS_UNMAP, regs);
    }

    public int read8(int offset) {
        check(offset, 1);
        return Native.loadByte(base + offset);
    }

    public void write8(int offset, int value) {
        check(offset, 1);
        Native.storeByte(base + offset, value);
    }

    /** The 8-byte word at offset (a multiple of 8). */
    public long read64(int offset) {
        check(offset, 8);
        return Native.loadLong(base + offset);
    }

    public void write64(int offset, long value) {
        check(offset, 8);
        Native.storeLong(base + offset, value);
    }

    private static void check(int offset, int size) {
        if (offset < 0 || offset > SIZE - size || offset % size != 0) {
            throw new IndexOutOfBoundsException("page offset " + offset + " for " + size + " bytes");
        }
    }
}
