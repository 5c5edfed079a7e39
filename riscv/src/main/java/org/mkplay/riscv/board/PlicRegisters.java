package org.mkplay.riscv.board;

/**
 * Registers of the platform-level interrupt controller at {@link Virt#PLIC_BASE}, QEMU virt layout. With one
 * hart there are two contexts: 0 is the hart's M-mode (drives MEIP), 1 its S-mode (drives SEIP).
 * <pre>
 *   0x000000 + 4*s          priority of source s, 0 = never interrupts
 *   0x001000 + 4*w          pending bits of sources 32w..32w+31 (read-only)
 *   0x002000 + 0x80*c + 4*w enable bits of context c
 *   0x200000 + 0x1000*c     priority threshold of context c
 *   0x200004 + 0x1000*c     claim (read) / complete (write) of context c
 * </pre>
 */
public final class PlicRegisters {
    private PlicRegisters() {}

    public static final long PRIORITY_BASE = 0x0;
    public static final long PENDING_BASE = 0x1000;
    public static final long ENABLE_BASE = 0x2000;
    public static final long ENABLE_STRIDE = 0x80;
    public static final long CONTEXT_BASE = 0x200000;
    public static final long CONTEXT_STRIDE = 0x1000;
    /** Offsets within a context's window. */
    public static final long THRESHOLD = 0x0, CLAIM_COMPLETE = 0x4;
    /** Context numbers of hart 0. */
    public static final int CONTEXT_M = 0, CONTEXT_S = 1;
}
