package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.vmmagic.Csr;

/**
 * The periodic timer, on the Sstc extension: S-mode programs stimecmp itself and takes the supervisor timer
 * interrupt (STIP is pending while time &gt;= stimecmp), with no M-mode code in between. Needs
 * menvcfg.STCE and mcounteren.TM, which {@link Boot} sets before leaving M-mode.
 */
public final class Clock {
    private Clock() {}

    /** No deadline: stimecmp compares unsigned, so time never reaches it. */
    static final long NEVER = -1L;

    private static long interval;
    private static long deadline;
    private static int ticks;

    /** Arms the timer every {@code period} units of {@code time} (10 MHz on QEMU virt) and enables its interrupt. */
    public static void start(long period) {
        interval = period;
        ticks = 0;
        deadline = Csr.read(TIME) + period;
        Csr.write(STIMECMP, deadline);
        Csr.setBits(SIE, IRQ_STI);
    }

    /** Disables the timer interrupt and withdraws the deadline. */
    public static void stop() {
        Csr.clearBits(SIE, IRQ_STI);
        Csr.write(STIMECMP, NEVER);
    }

    /** Supervisor timer interrupt: counts the tick, reports it and sets the next deadline (which clears STIP). */
    static void onInterrupt() {
        rearm();
        Console.println("tick " + ticks);
    }

    /** Counts the tick and sets the next deadline (which clears STIP), silently: the scheduler's clock. */
    static void rearm() {
        ticks++;
        deadline = nextDeadline(deadline, interval, Csr.read(TIME));
        Csr.write(STIMECMP, deadline);
    }

    /**
     * One period after the last deadline, so ticks do not drift by the handler's own time; a deadline already
     * passed (a host that paused us) becomes one period from now, so missed ticks are skipped, not stormed.
     */
    static long nextDeadline(long last, long period, long now) {
        long next = last + period;
        return next > now ? next : now + period;
    }

    public static int ticks() {
        return ticks;
    }
}
