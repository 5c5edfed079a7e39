package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.SyscallHandler;
import org.mkplay.vmmagic.Trap;
import org.mkplay.vmmagic.TrapHandler;

/**
 * S-mode trap handling: the vector (the toolchain's glue around {@link #onTrap}), the one trap frame and
 * the dispatch. (Named Traps because {@link Trap} is vmmagic's frame layout, which this class uses.)
 */
public final class Traps {
    private Traps() {}

    /**
     * The boot's trap frame and the handler's stack: the bottom 64 KiB of the runtime's stack region
     * (0x8700_0000..0x8800_0000). The heap stops below it and the boot stack grows down from its top. A constant,
     * not an Address field: a static initialiser would cost every trap a test that it ran.
     */
    static final long FRAME_BASE = 0x8700_0000L;

    static final long HANDLER_STACK_TOP = 0x8701_0000L;
    /** scause of the supervisor timer interrupt (interrupt bit, code 5). */
    static final long SUPERVISOR_TIMER = Cause.INTERRUPT | 5;
    /** scause of the supervisor external interrupt (the PLIC; interrupt bit, code 9). */
    static final long SUPERVISOR_EXTERNAL = Cause.INTERRUPT | Cause.SUPERVISOR_EXTERNAL;

    /** Points stvec at the vector and sscratch at the frame; traps stay off until sstatus.SIE is set. */
    public static void install() {
        Address.fromLong(FRAME_BASE).storeLong(Trap.KERNEL_SP, HANDLER_STACK_TOP);
        Csr.write(SSCRATCH, FRAME_BASE);
        Csr.write(STVEC, Trap.vector().toLong());
    }

    /**
     * Every trap but a system call from U-mode, which the trap glue takes straight to {@link #onSyscall}: interrupts,
     * faults, and the ecalls from S-mode. A kernel-placed server's answer inside a call goes straight to
     * {@link KernelServers#onTrap}; any other trap to {@link #otherTrap}. Returns the frame to resume.
     */
    @TrapHandler
    static Address onTrap(Address frame) {
        long cause = Csr.read(SCAUSE);
        if (cause == Cause.ECALL_FROM_U) Panic.halt("a system call reached the trap handler, not onSyscall");
        if (cause == Cause.ECALL_FROM_S && KernelServers.active != null && KernelServers.owns(frame)) {
            return KernelServers.onTrap(frame, cause); // a kernel-placed server answers: half of each call
        }
        return otherTrap(frame, cause);
    }

    /**
     * A system call: an ecall from U-mode, which the trap glue's lean way takes here directly (it saved only t0,
     * a0..a7, ra, sp, t1 and t2 into the frame, which must be the running thread's). A yield with nothing else ready
     * at the caller's priority, by the thread that ran last, is answered at once: a new slice, the same frame (the
     * general way would reach the same; {@link Sched#keepsRunning} is inlined here, which it would not be inside
     * {@link Syscall#fast}). Otherwise {@link Syscall#perform}'s steps: the IPC fast paths ({@link Syscall#fast},
     * inlined), which return through {@link Kernel#resumeDirect} when they chose who runs, else the general way and
     * the scheduler. Returns the frame to resume.
     */
    @SyscallHandler
    static Address onSyscall(Address frame) {
        Thread t = Sched.current; // (the frames compared as numbers: one branch, where ne computes a boolean first)
        if (t == null || frame.toLong() != t.frame.toLong() || t.state != Thread.RUNNING)
            Panic.halt("a system call on a frame that is not the running thread's");
        long number = frame.loadLong(Trap.T0);
        if (number == Abi.SYS_YIELD && Sched.keepsRunning(t)) {
            frame.storeLong(Trap.A0, Abi.OK);
            return frame;
        }
        // Nothing stays live across the fast paths (t is still Sched.current unless one chose who runs, and general
        // reads the number again): the handler's only saved register is its return address.
        if (Syscall.fast(t, number) == Syscall.FAST) return Kernel.resumeDirect(); // a fast path chose who runs
        Syscall.general(Sched.current);
        return UserBoot.resume();
    }

    /**
     * Every trap but a system call. From U-mode (the frame is the running thread's own, which sscratch named): the
     * timer is the scheduler's tick, the PLIC a device's interrupt, any other exception the thread's fault; then the
     * scheduler's choice runs. From S-mode: a server placed in the kernel, the boot's clock tick, the boot's ecall
     * (entering user space), or a kernel fault, which panics. Returns the frame to resume.
     */
    private static Address otherTrap(Address frame, long cause) {
        if (UserBoot.fromUser(frame)) {
            Thread t = Sched.current;
            if (t == null || frame.ne(t.frame)) Panic.halt("a user trap on a frame that is not the running thread's");
            if (cause == SUPERVISOR_TIMER) {
                Interrupts.timer();
            } else if (cause == SUPERVISOR_EXTERNAL) {
                Interrupts.external();
            } else {
                Fault.deliver(t, cause, frame.loadLong(Trap.EPC), UserBoot.faultAddress(cause, Csr.read(STVAL)));
            }
            return UserBoot.resume();
        }
        if (KernelServers.owns(frame)) return KernelServers.onTrap(frame, cause); // a server placed in the kernel
        if (cause == SUPERVISOR_TIMER) {
            Clock.onInterrupt();
        } else if (cause == Cause.ECALL_FROM_S) {
            return UserBoot.resume();
        } else if (cause == Cause.LOAD_ACCESS_FAULT && Trace.probing) {
            skipProbe(frame);
        } else {
            Panic.onTrap(cause, frame.loadLong(Trap.EPC), Csr.read(STVAL));
        }
        return frame;
    }

    /**
     * The boot's probe of the trace window faulted (no device there, as on QEMU): the window is absent and the
     * kernel resumes after the load, whose length its low bits give (11: 4 bytes, else a 2-byte compressed one).
     */
    static void skipProbe(Address frame) {
        Trace.absent = true;
        long epc = frame.loadLong(Trap.EPC);
        boolean compressed = (Address.fromLong(epc).loadShort() & 3) != 3;
        frame.storeLong(Trap.EPC, epc + (compressed ? 2 : 4));
    }
}
