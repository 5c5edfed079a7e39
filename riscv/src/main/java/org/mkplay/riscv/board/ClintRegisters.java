package org.mkplay.riscv.board;

/**
 * Registers of the core-local interruptor (SiFive CLINT layout) at {@link Virt#CLINT_BASE}, for hart 0
 * (hart h adds 4h to MSIP and 8h to MTIMECMP).
 * <pre>
 *   0x0000  msip      32 bits, bit 0 drives the hart's machine software interrupt
 *   0x4000  mtimecmp  64 bits, machine timer interrupt while mtime &gt;= mtimecmp (unsigned)
 *   0xBFF8  mtime     64 bits, the board's time
 * </pre>
 */
public final class ClintRegisters {
    private ClintRegisters() {}

    public static final long MSIP = 0x0000;
    public static final long MTIMECMP = 0x4000;
    public static final long MTIME = 0xBFF8;
}
