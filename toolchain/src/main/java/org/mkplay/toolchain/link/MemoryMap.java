package org.mkplay.toolchain.link;

import org.mkplay.riscv.board.Virt;
import org.mkplay.toolchain.front.Profile;

/**
 * Where a standalone image lives on the QEMU-virt board (needs the default 128 MiB of RAM; the board's
 * addresses are {@link Virt}'s).
 * <pre>
 *   0x8000_0000  image: code (entry _start), then at the next 4 KiB page: descriptors, strings, statics
 *   _end         heap, collected (org.mkplay.rt.Gc; the kernel profile's only grows): objects, then the
 *                collector's bitmaps and mark stack at its top; a live set it cannot hold reports
 *                java.lang.OutOfMemoryError ("Java heap space") and exits with status 1
 *   0x8700_0000  HEAP_LIMIT = bottom of the stack region (16 MiB); sp below HEAP_LIMIT + STACK_RESERVE
 *                reports java.lang.StackOverflowError (the reserve holds the report)
 *   0x8800_0000  STACK_TOP (initial sp), end of RAM
 * </pre>
 * Devices: the runtime prints on the 16550 UART and powers off through the SiFive test finisher.
 */
public final class MemoryMap {
    private MemoryMap() {}

    /** The image is linked to start at the beginning of RAM, where the hart starts. */
    public static final long RAM_BASE = Virt.RAM_BASE;

    public static final long STACK_TOP = Virt.DEFAULT_RAM_END;
    public static final long HEAP_LIMIT = STACK_TOP - (16 << 20);
    /** Below the stack limit: room for the largest frame (2 KiB) and the StackOverflowError report. */
    public static final long STACK_RESERVE = 64 * 1024;

    /**
     * User profile (a U-mode process of the mkplay kernel; the kernel's docs/kernel.md, "User address space"):
     * the image is linked at USER_BASE, text then data; the heap is the zero-filled tail of the data segment
     * (its memory size exceeds its file size by USER_HEAP_SIZE), so the ELF says all the memory the program
     * needs. The kernel maps the stack below USER_STACK_TOP and enters _start with sp = USER_STACK_TOP.
     */
    public static final long USER_BASE = 0x4000_0000L;

    public static final long USER_HEAP_SIZE = 128 * 1024;
    public static final long USER_STACK_TOP = 0x7FFF_0000L;
    /** The stack the kernel maps below USER_STACK_TOP (docs/kernel.md: four pages above a guard page). */
    public static final long USER_STACK_SIZE = 16 * 1024;
    /** The user profile's STACK_RESERVE: a 2 KiB frame and the report, above the guard page. */
    public static final long USER_STACK_RESERVE = 3 * 1024;

    /** Where the image is linked in the profile. */
    public static long base(Profile profile) {
        return profile == Profile.USER ? USER_BASE : RAM_BASE;
    }
}
