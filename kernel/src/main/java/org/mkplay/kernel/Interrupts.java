package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.vmmagic.Csr;

/**
 * Interrupts while the kernel runs with them off: the trap handler calls {@link #timer} for a supervisor
 * timer interrupt, and the idle loop {@link #poll}s sip after {@code wfi}.
 */
public final class Interrupts {
    private Interrupts() {}

    /** The Sstc timer fired: next deadline, then the scheduler's tick (which may end the slice). */
    public static void timer() {
        Clock.rearm();
        Sched.tick();
    }

    /** Handles whatever sip says is pending (the idle loop, interrupts off). */
    static void poll() {
        long pending = Csr.read(SIP) & Csr.read(SIE);
        if ((pending & IRQ_STI) != 0) timer();
    }
}
