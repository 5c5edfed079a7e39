package org.mkplay.kernel;

import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.Trap;
import org.mkplay.vmmagic.TrapHandler;

/**
 * S-mode trap handling: the vector (the toolchain's glue around {@link #onTrap}), the one trap frame and
 * the dispatch. (Named Traps because {@link Trap} is vmmagic's frame layout, which this class uses.)
 */
public final class Traps {
    private Traps() {}

    /**
     * The trap frame and the handler's stack: the bottom 64 KiB of the runtime's stack region
     * (0x8700_0000..0x8800_0000). The heap stops below it and the boot stack grows down from its top.
     */
    static final Address FRAME = Address.fromLong(0x8700_0000L);
    static final long HANDLER_STACK_TOP = 0x8701_0000L;
    /** scause of the supervisor timer interrupt (interrupt bit, code 5). */
    static final long SUPERVISOR_TIMER = Trap.INTERRUPT | 5;

    /** Each thread's own trap frame (its saved registers): THREAD_FRAMES + i * THREAD_FRAME_STRIDE, i < MAX_THREADS. */
    static final long THREAD_FRAMES = 0x8700_0200L, THREAD_FRAME_STRIDE = 0x200;
    public static final int MAX_THREADS = 32;

    /** The trap frame of thread i, below the handler's stack. */
    public static Address threadFrame(int i) {
        if (i < 0 || i >= MAX_THREADS) throw new IllegalArgumentException("no thread frame " + i);
        return Address.fromLong(THREAD_FRAMES + THREAD_FRAME_STRIDE * i);
    }

    /** Points stvec at the vector and sscratch at the frame; traps stay off until sstatus.SIE is set. */
    public static void install() {
        FRAME.storeLong(Trap.KERNEL_SP, HANDLER_STACK_TOP);
        Csr.write(Csr.SSCRATCH, FRAME.toLong());
        Csr.write(Csr.STVEC, Trap.vector().toLong());
    }

    /**
     * Every trap. From U-mode (the frame is the running thread's own): an ecall is a syscall, the timer preempts,
     * any other exception is the thread's fault. From S-mode: the timer ticks the boot's clock, the boot's ecall
     * enters the first user thread, anything else is a kernel fault and panics. Returns the frame to resume.
     */
    @TrapHandler
    static Address onTrap(Address frame) {
        long cause = Csr.read(Csr.SCAUSE);
        if (UserBoot.fromUser(frame)) {
            if (cause == Trap.ECALL_FROM_U) return UserBoot.syscall(frame);
            if (cause == SUPERVISOR_TIMER) return UserBoot.preempt();
            return UserBoot.fault(frame, cause, Csr.read(Csr.STVAL));
        }
        if (cause == SUPERVISOR_TIMER) {
            Clock.onInterrupt();
        } else if (cause == Trap.ECALL_FROM_S) {
            return UserBoot.first();
        } else {
            Panic.onTrap(cause, frame.loadLong(Trap.EPC), Csr.read(Csr.STVAL));
        }
        return frame;
    }
}
