package org.mkplay.kernel;

/**
 * A process: an address space (its {@code satp}, built by {@link Vm}), a capability table and, so far, one thread.
 * Processes are made at boot from the system's images and started, stopped and restarted by their supervisor
 * (a holder of a process capability with {@code RIGHT_CONTROL}).
 * <p>Invariants: {@code thread.process == this}; {@code state == RUNNING} exactly when its thread is not
 * {@code INACTIVE} (it may be blocked); a stopped process's thread holds no reply and is in no queue, unless it
 * waits to deliver its fault or exit message to the fault endpoint.
 */
public final class Process {
    /** Never started; alive; stopped by a fault or its exit (its supervisor may restart it); killed. */
    public static final int NEW = 0, RUNNING = 1, STOPPED = 2, KILLED = 3;

    public final int id;
    public final CSpace cspace;
    public Thread thread;
    /** satp for this address space (Sv39 mode, ASID, root PPN); 0 runs in the kernel's own tables. */
    public long satp;
    /** Where the thread starts, and its initial stack pointer (the image's entry, Abi.USER_STACK_TOP). */
    public long entry, stackTop;

    public int state = NEW;
    /** The exit status, or the scause of the fault that stopped it. */
    public long exitStatus;
    /** How often it was restarted (the trace and the supervisor can tell instances apart). */
    public int generation;
    /** The packed program it was loaded from (UserImages), whose data a restart copies afresh; -1: none. */
    public int image = -1;
    /** Placed in the kernel (KernelServers): its image in the kernel-server window, its thread in S-mode. */
    public boolean inKernel;

    Process(int id) {
        this.id = id;
        this.cspace = new CSpace();
    }
}
