package org.mkplay.kernel;

import org.mkplay.vmmagic.Address;

/**
 * The physical frame allocator: every 4 KiB frame the kernel hands out at run time (page tables, user images,
 * stacks, IPC buffers) comes from {@link #BASE}..{@link #LIMIT}, the part of the runtime's stack region between
 * the trap frames ({@link Traps}) and the user images the build packs in ({@link UserImages#BASE}). The heap stops
 * at 0x8700_0000 below; the boot stack grows down from 0x8800_0000, above the packed images.
 * <p>Frames are taken from a free list (frames given back, threaded through their first word) or else from the
 * untouched part above {@code next}. Invariants: {@code BASE <= next <= LIMIT}, {@code next} page-aligned; a frame
 * is either below {@code next} and handed out, or on the free list, or at/above {@code next} — never two of these;
 * {@code used} counts the frames handed out and not returned. A frame is handed out zeroed.
 * <p>RAM is zero at reset on both machines (QEMU's {@code virt} and ours) and nothing writes this region before the
 * pool does, so a frame at or above {@code everUsed} (the end of what the pool has ever handed out) is still zero and
 * is not cleared again: the boot maps hundreds of frames for the user images, and zeroing each of them cost some
 * 1,500 instructions. {@link #reset} keeps {@code everUsed}, so a test that starts over clears what it reuses.
 */
public final class Frames {
    private Frames() {}

    public static final long FRAME_SIZE = 4096;
    static final long BASE = Traps.HANDLER_STACK_TOP;
    static final long LIMIT = 0x8780_0000L;
    /** The pool's size in frames. */
    public static final int TOTAL = (int) ((LIMIT - BASE) / FRAME_SIZE);

    private static long next = BASE;
    private static long freeList; // 0 = empty
    private static int used;
    /** Frames from here to LIMIT have never been handed out: still zero from reset. BASE <= everUsed <= LIMIT. */
    private static long everUsed = BASE;

    /** A zeroed, page-aligned frame, or the zero address when every frame is handed out. */
    public static Address allocate() {
        Address frame;
        if (freeList != 0) {
            frame = Address.fromLong(freeList);
            freeList = frame.loadLong();
        } else if (next < LIMIT) {
            frame = Address.fromLong(next);
            next += FRAME_SIZE;
        } else {
            return Address.zero();
        }
        if (frame.toLong() < everUsed) {
            for (int offset = 0; offset < FRAME_SIZE; offset += 8) frame.storeLong(offset, 0);
        } else {
            everUsed = frame.toLong() + FRAME_SIZE;
        }
        used++;
        return frame;
    }

    /** Gives a frame back. A frame outside the pool, misaligned or not handed out is a kernel bug. */
    public static void free(Address frame) {
        long at = frame.toLong();
        if (at < BASE || at >= next || (at & FRAME_SIZE - 1) != 0) {
            throw new IllegalStateException("freeing a frame the pool did not hand out: " + Console.hex(at));
        }
        frame.storeLong(freeList);
        freeList = at;
        used--;
    }

    /** Frames handed out and not given back. */
    public static int used() {
        return used;
    }

    /** Frames that {@link #allocate} can still hand out. */
    public static int free() {
        return TOTAL - used;
    }

    /** Back to no frame handed out (tests). */
    static void reset() {
        next = BASE;
        freeList = 0;
        used = 0;
    }
}
