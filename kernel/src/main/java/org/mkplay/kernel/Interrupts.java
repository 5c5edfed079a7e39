package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Csr;

/**
 * Interrupts while the kernel runs with them off: the trap handler calls {@link #timer} for a supervisor
 * timer interrupt and {@link #external} for a PLIC interrupt, and the idle loop {@link #poll}s sip after
 * {@code wfi}.
 *
 * <p>An interrupt bound to user space (docs/kernel.md, <i>Interrupts and devices</i>): the kernel claims it,
 * ORs the bound bits into the notification (waking a waiter) and leaves the claim open, so the PLIC does not
 * deliver the source again until the driver has served the device and acknowledged with {@code SYS_IRQ_ACK}.
 */
public final class Interrupts {
    private Interrupts() {}

    /** The Sstc timer fired: next deadline, then the scheduler's tick (which may end the slice). */
    public static void timer() {
        Clock.rearm();
        Sched.tick();
        Irq tick = Kernel.irqs == null ? null : Kernel.irqs[Abi.IRQ_TICK];
        if (tick != null && tick.notification != null) Ipc.notify(null, tick.notification, tick.bits);
    }

    /** The PLIC signalled: claim the source; a bound one notifies its driver, any other is completed at once. */
    public static void external() {
        int source = Plic.claim();
        if (source == 0) return;
        Irq irq = Kernel.boundIrq(source);
        if (irq == null) {
            Plic.complete(source);
            return;
        }
        irq.claimed = true;
        Ipc.notify(null, irq.notification, irq.bits);
    }

    /** IRQ_BIND (validated): each interrupt of {@code irq} ORs {@code bits} into n; the source is enabled. */
    static void bind(Irq irq, Notification n, long bits) {
        irq.notification = n;
        irq.bits = bits;
        if (irq.source != Abi.IRQ_TICK) Plic.enable(irq.source);
    }

    /** IRQ_ACK (validated: the interrupt is outstanding): complete the claim. */
    static void acknowledge(Irq irq) {
        irq.claimed = false;
        Plic.complete(irq.source);
    }

    /** Handles whatever sip says is pending (the idle loop, interrupts off). */
    static void poll() {
        long pending = Csr.read(SIP) & Csr.read(SIE);
        if ((pending & IRQ_STI) != 0) timer();
        if ((pending & IRQ_SEI) != 0) external();
    }
}
