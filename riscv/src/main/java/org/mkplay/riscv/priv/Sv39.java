package org.mkplay.riscv.priv;

/**
 * The Sv39 page-table format (privileged specification, "Sv39: Page-Based 39-bit Virtual-Memory System"):
 * three levels of 512 eight-byte entries per 4 KiB page, 9 bits of virtual page number per level.
 * An entry holds the flags below in bits 7:0 and a 44-bit physical page number from bit 10; it is a leaf
 * when any of R, W, X is set, otherwise it points to the next level.
 */
public final class Sv39 {
    private Sv39() {}

    public static final int LEVELS = 3, VPN_BITS = 9, PAGE_SHIFT = 12, PPN_SHIFT = 10, PPN_BITS = 44;
    public static final long PAGE_SIZE = 1L << PAGE_SHIFT;
    public static final long PPN_MASK = (1L << PPN_BITS) - 1;

    /** The flags of an entry (bits 7:0). */
    public static final int PTE_V = 1, PTE_R = 2, PTE_W = 4, PTE_X = 8, PTE_U = 16, PTE_G = 32, PTE_A = 64, PTE_D = 128;
    /** Bits 63:54: N, PBMT and reserved; zero unless Svnapot/Svpbmt are implemented. */
    public static final long PTE_RESERVED = 0x3FFL << 54;
}
