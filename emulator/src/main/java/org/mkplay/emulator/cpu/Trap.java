package org.mkplay.emulator.cpu;

/**
 * A synchronous exception raised while executing an instruction. Thrown from memory accesses and
 * system instructions to the hart's instruction loop, which enters the trap handler. One instance
 * per hart is reused (no stack trace is captured), so raising a trap allocates nothing.
 */
public final class Trap extends RuntimeException {
    private static final long serialVersionUID = 1L;

    // mcause exception codes (privileged spec, table "Machine cause register values after trap").
    public static final int INSTRUCTION_MISALIGNED = 0;
    public static final int INSTRUCTION_ACCESS_FAULT = 1;
    public static final int ILLEGAL_INSTRUCTION = 2;
    public static final int BREAKPOINT = 3;
    public static final int LOAD_MISALIGNED = 4;
    public static final int LOAD_ACCESS_FAULT = 5;
    public static final int STORE_MISALIGNED = 6;
    public static final int STORE_ACCESS_FAULT = 7;
    public static final int ECALL_FROM_U = 8;
    public static final int ECALL_FROM_S = 9;
    public static final int ECALL_FROM_M = 11;
    public static final int INSTRUCTION_PAGE_FAULT = 12;
    public static final int LOAD_PAGE_FAULT = 13;
    public static final int STORE_PAGE_FAULT = 15;

    private int cause;
    private long tval;

    Trap() {
        super(null, null, false, false);
    }

    /** Sets the cause and trap value and returns this, for {@code throw trap.raise(...)}. */
    public Trap raise(int cause, long tval) {
        this.cause = cause;
        this.tval = tval;
        return this;
    }

    public int cause() {
        return cause;
    }

    public long tval() {
        return tval;
    }
}
