package org.mkplay.mk;

import org.mkplay.vmmagic.Abi;

/**
 * Waiting for time: the kernel's clock tick (Abi.IRQ_TICK: 0.1 s on QEMU, 10^7 instructions on our emulator) bound
 * to a notification this program waits on. Needs the tick's IRQ capability and a notification with SEND and RECEIVE
 * ({@link Cap#TICK}, {@link Cap#TICKS}: the system image gives them to the supervisor).
 */
public final class Timer {
    private Timer() {}

    private static boolean bound;

    /** Waits until {@code ticks} clock ticks have passed; false if this program has no clock capability. */
    public static boolean sleep(int ticks) {
        if (!bound && Ipc.syscall(Abi.SYS_IRQ_BIND, Cap.TICK.slot, Cap.TICKS.slot, 1) != 0) return false;
        bound = true;
        Ipc.poll(Cap.TICKS); // a tick that came before this wait does not count
        for (int i = 0; i < ticks; i++) if (Ipc.waitFor(Cap.TICKS) < 0) return false;
        return true;
    }
}
