package org.mkplay.kernel;

import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.Trap;

/**
 * A thread's trap frame prepared to enter U-mode (privileged specification, "sret"): the trap glue restores
 * sstatus, sepc and the registers from the frame and executes sret, which drops to the mode in sstatus.SPP and
 * sets SIE from SPIE. So a frame with SPP = 0 (U), SPIE = 1, SUM = 0, sepc = the entry and sp = the stack top
 * starts the program with interrupts on (the timer can preempt it) and every other register zero.
 */
public final class UserContext {
    private UserContext() {}

    /** sstatus of a fresh user thread: SPP = 0 (return to U-mode), SPIE = 1, nothing else. */
    static final long USER_STATUS = Csr.STATUS_SPIE;

    /** Zeroes the frame and prepares it to enter U-mode at pc with the given stack pointer. */
    public static void init(Address frame, long pc, long sp) {
        for (int offset = 8; offset < Trap.FRAME_SIZE; offset += 8) frame.storeLong(offset, 0);
        frame.storeLong(Trap.KERNEL_SP, Traps.HANDLER_STACK_TOP);
        frame.storeLong(Trap.EPC, pc);
        frame.storeLong(Trap.SP, sp);
        frame.storeLong(Trap.STATUS, USER_STATUS);
    }
}
