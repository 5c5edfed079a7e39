package org.mkplay.kernel;

/**
 * An interrupt source of the PLIC that user space may own through an IRQ capability: a driver binds it to a
 * notification ({@code SYS_IRQ_BIND}) and acknowledges each interrupt ({@code SYS_IRQ_ACK}).
 * <p>Invariants: {@code claimed} only while {@code notification != null} (an unbound source is completed at
 * once); while {@code claimed} the PLIC does not deliver this source again (the claim is not yet completed), so
 * one interrupt is outstanding at most.
 */
public final class Irq {
    /** The PLIC source number (1..Kernel.MAX_IRQS - 1). */
    public final int source;
    /** The notification each interrupt signals, and the bits it ORs in (null, 0: not bound). */
    Notification notification;

    long bits;
    /** Claimed from the PLIC and not yet acknowledged by the driver. */
    boolean claimed;

    Irq(int source) {
        this.source = source;
    }

    public boolean claimed() {
        return claimed;
    }
}
