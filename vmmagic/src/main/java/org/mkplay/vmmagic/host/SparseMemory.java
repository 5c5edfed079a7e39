package org.mkplay.vmmagic.host;

import java.util.HashMap;
import java.util.Map;

/**
 * The simulated physical memory: 4 KiB pages created on first write, reading as zero before that; the
 * whole 64-bit address space, little-endian like RISC-V. Accesses may be misaligned and may cross a page
 * (our emulator performs misaligned accesses too, byte by byte).
 */
public final class SparseMemory {
    public static final int PAGE_SIZE = 4096;

    private final Map<Long, byte[]> pages = new HashMap<>();

    /** The bytes at address..address+bytes-1 as an unsigned little-endian number (bytes = 1, 2, 4 or 8). */
    public long load(long address, int bytes) {
        long v = 0;
        for (int k = bytes - 1; k >= 0; k--) v = v << 8 | (readByte(address + k) & 0xff);
        return v;
    }

    /** Stores the low {@code bytes} bytes of value, little-endian. */
    public void store(long address, int bytes, long value) {
        for (int k = 0; k < bytes; k++) writeByte(address + k, (byte) (value >>> 8 * k));
    }

    /** Pages written so far. */
    public int pageCount() {
        return pages.size();
    }

    private byte readByte(long address) {
        byte[] page = pages.get(address & -PAGE_SIZE);
        return page == null ? 0 : page[(int) (address & (PAGE_SIZE - 1))];
    }

    private void writeByte(long address, byte b) {
        pages.computeIfAbsent(address & -PAGE_SIZE, k -> new byte[PAGE_SIZE])[(int) (address & (PAGE_SIZE - 1))] = b;
    }
}
