package org.mkplay.kernel;

import org.mkplay.vmmagic.Address;

/**
 * The physical frame allocator for the kernel's page tables: a bump allocator over {@link #BASE}..{@link #LIMIT},
 * 16 frames of 4 KiB in the runtime's stack region, just above the trap handler's stack ({@link Traps}). The boot
 * stack grows down from 0x8800_0000 and never comes within 16 MiB of it; the heap stops at 0x8700_0000 below.
 * <p>Invariants: {@code BASE <= next <= LIMIT} and {@code next} is page-aligned; every frame below {@code next}
 * was handed out exactly once, zeroed; frames are never freed (the kernel's tables live as long as it does).
 */
public final class Frames {
    private Frames() {}

    public static final long FRAME_SIZE = 4096;
    static final long BASE = Traps.HANDLER_STACK_TOP;
    static final long LIMIT = BASE + 16 * FRAME_SIZE;

    private static long next = BASE;

    /** A zeroed, page-aligned frame; running out is a kernel bug (the boot's tables need a fixed few). */
    public static Address allocate() {
        if (next == LIMIT) throw new IllegalStateException("out of page-table frames");
        Address frame = Address.fromLong(next);
        next += FRAME_SIZE;
        for (int offset = 0; offset < FRAME_SIZE; offset += 8) frame.storeLong(offset, 0);
        return frame;
    }

    /** Frames handed out so far. */
    public static int used() {
        return (int) ((next - BASE) / FRAME_SIZE);
    }

    /** Back to no frame handed out (tests; the kernel never frees its tables). */
    static void reset() {
        next = BASE;
    }
}
