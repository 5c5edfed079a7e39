package org.mkplay.toolchain.layout;

/**
 * Labels the linker binds at fixed places of every image, which compiled code reaches by name (an IR
 * LINK_ADDRESS): the kernel's vmmagic.Image bounds and the trap vector.
 */
public final class LinkLabels {
    private LinkLabels() {}

    /**
     * The image's bounds, as the ELF's program headers give them: the text segment runs from TEXT_START to
     * TEXT_END (padded to a page), the data segment from DATA_START (the same address) to END, where the heap
     * starts.
     */
    public static final String TEXT_START = "_text", TEXT_END = "_etext", DATA_START = "_data", END = "_end";

    /** The S-mode trap entry the linker emits around the kernel's {@code @TrapHandler} (also the image symbol). */
    public static final String TRAP_ENTRY = "trap_entry";

    /**
     * The unwind tables (link.UnwindTables) and the unwinder's words: the s registers of the frame being
     * unwound, and the return address a method that calls nothing leaves when one of its checks fails.
     */
    public static final String UNWIND_METHODS = "unwind_methods",
            UNWIND_SITES = "unwind_sites",
            UNWIND_REGS = "unwind_regs",
            LEAF_RA = "rt_leaf_ra";

    /** The block of statics the linker lays out before any code (Symbols#staticOffset counts from here). */
    public static final String STATICS = "statics";
}
