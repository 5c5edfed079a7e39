package org.mkplay.riscv.board;

/**
 * Registers of mkplay's own trace window at {@link Virt#TRACE_BASE} (not a QEMU device): guest software writes
 * the arguments of an event, then its type, and the emulator reports the event. Registers are 64 bits.
 * <pre>
 *   0x00 TYPE  write: commit the event (TYPE, ARG0..ARG3); read: {@link #MAGIC}
 *   0x08 ARG0  0x10 ARG1  0x18 ARG2  0x20 ARG3
 * </pre>
 */
public final class TraceRegisters {
    private TraceRegisters() {}

    /** "MKTR" in little-endian ASCII: lets software probe that the window is there. */
    public static final long MAGIC = 0x4d4b5452L;

    public static final long TYPE = 0x00;
    public static final long ARG0 = 0x08;
    public static final int ARGS = 4;
}
