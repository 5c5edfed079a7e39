package org.mkplay.mk;

import org.mkplay.rt.PageWindow;

/**
 * A page of RAM that the system image shares between programs (the manifest's "pages"): a frame capability in
 * {@link Cap#page}(i). The kernel maps a frame in one address space at a time, so the programs that share it take
 * turns: {@link #map} it (BAD_ARGUMENT while another program has it mapped), read and write it in place,
 * {@link #unmap} it, and tell the other side in a message. Touching the page while it is not mapped is a page fault.
 */
public final class Page {
    public static final int SIZE = PageWindow.SIZE;

    private final PageWindow window;

    public Page(Cap frame) {
        window = new PageWindow(frame.slot);
    }

    /** Maps the page, readable and writable; 0 or the kernel's error. */
    public long map() {
        return window.map();
    }

    /** Unmaps the page; 0, or BAD_ARGUMENT when this program does not have it mapped. */
    public long unmap() {
        return window.unmap();
    }

    public int byteAt(int i) {
        return window.read8(i);
    }

    public void putByte(int i, int b) {
        window.write8(i, b);
    }

    /** The 8-byte word at byte offset i (a multiple of 8). */
    public long longAt(int i) {
        return window.read64(i);
    }

    public void putLong(int i, long v) {
        window.write64(i, v);
    }
}
