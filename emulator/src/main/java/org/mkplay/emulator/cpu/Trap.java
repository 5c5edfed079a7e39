package org.mkplay.emulator.cpu;

/**
 * A synchronous exception raised while executing an instruction. Thrown from memory accesses and
 * system instructions to the hart's instruction loop, which enters the trap handler. One instance
 * per hart is reused (no stack trace is captured), so raising a trap allocates nothing. The cause codes
 * are {@link org.mkplay.riscv.priv.Cause}'s.
 */
public final class Trap extends RuntimeException {
    private static final long serialVersionUID = 1L;

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
