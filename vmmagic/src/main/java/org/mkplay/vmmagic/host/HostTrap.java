package org.mkplay.vmmagic.host;

/**
 * A trap the simulated hart takes where the real one would trap (illegal CSR access, an mret outside
 * M-mode, an ecall nothing handles). Carries the RISC-V exception cause
 * (the codes of {@link org.mkplay.vmmagic.Trap}) and trap value.
 */
public final class HostTrap extends RuntimeException {
    private final int cause;
    private final long tval;

    public HostTrap(int cause, long tval, String message) {
        super(message + " (cause " + cause + ", tval 0x" + Long.toHexString(tval) + ")");
        this.cause = cause;
        this.tval = tval;
    }

    public int cause() {
        return cause;
    }

    public long tval() {
        return tval;
    }
}
