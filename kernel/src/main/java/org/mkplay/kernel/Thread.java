package org.mkplay.kernel;

import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Trap;

/**
 * A thread: the saved user registers (its own trap frame, in vmmagic's {@link Trap} layout, which the trap glue
 * saves into and restores from), its scheduling state and its IPC state. One per process so far
 * ({@link Process#thread}); all of them are allocated at boot from {@link Kernel}'s pool.
 *
 * <p>Invariants (checked by {@link Kernel#checkInvariants}):
 * <ul>
 * <li>{@code RUNNING} exactly when {@code this == Sched.current}, and then in no queue;</li>
 * <li>{@code READY} exactly when in {@code Sched}'s ready queue of its priority;</li>
 * <li>{@code BLOCKED_SEND} / {@code BLOCKED_RECV} exactly when in {@code endpoint}'s send / receive queue;</li>
 * <li>{@code BLOCKED_WAIT} exactly when in {@code notification}'s waiters;</li>
 * <li>{@code BLOCKED_REPLY} exactly when {@code reply != null} and {@code reply.caller == this}, in no queue;
 *     a queued call ({@code BLOCKED_SEND}, {@code call}) also holds its reply;</li>
 * <li>{@code INACTIVE}: never started, stopped after a fault or exit (its message delivered), or killed; in
 *     no queue, holding no reply;</li>
 * <li>{@code answer != null} (a reply this thread owes) only while {@code answer.server == this}.</li>
 * </ul>
 */
public final class Thread {
    public static final int INACTIVE = 0,
            RUNNING = 1,
            READY = 2,
            BLOCKED_SEND = 3,
            BLOCKED_RECV = 4,
            BLOCKED_REPLY = 5,
            BLOCKED_WAIT = 6;

    /** What a thread queued on an endpoint sends: its own registers, or a message the kernel builds for it. */
    static final int MSG_REGISTERS = 0, MSG_FAULT = 1, MSG_EXIT = 2;

    /** Bytes reserved per trap frame (Trap.FRAME_SIZE rounded up). */
    public static final int FRAME_STRIDE = 512;

    public final int id;
    /** The saved registers: x1..x31, sepc, sstatus at vmmagic's Trap offsets. */
    public final Address frame;

    public Process process;
    /** Kernel address of the 4 KiB frame mapped at Abi.USER_IPC_BUFFER in the process (zero: none). */
    public Address ipcBuffer = Address.zero();

    public int state = INACTIVE;
    public int priority;
    /** Ticks per time slice, and ticks left of the current one. */
    public int timeSlice = Sched.DEFAULT_SLICE;

    int sliceLeft;
    /**
     * Instructions retired while this thread was the last one switched to (see Sched's accounting), kernel entries
     * on its behalf and kernel-placed servers it calls included; never reset (a restart keeps the program's total).
     */
    long instret;

    // queue membership (ThreadQueue)
    Thread next, prev;
    ThreadQueue queue;

    // IPC state while blocked
    Endpoint endpoint;
    Notification notification;
    /** The badge of the capability a queued send goes through. */
    long sendBadge;

    boolean call;
    int sendKind = MSG_REGISTERS;
    /** A receiver's slot for an incoming capability, or -1. */
    int recvCapSlot = -1;
    /** The caller's side of its outstanding call. */
    Reply reply;
    /** The server's side: the call it received and has not yet answered. */
    Reply answer;

    /** Where faults and the exit go (null: reported on the console only), with the badge they carry. */
    public Endpoint faultEndpoint;

    public long faultBadge;
    /** The last fault (cause, pc, address) or the exit status (in faultCause), for the message. */
    long faultCause, faultPc, faultAddress;

    Thread(int id, Address frame) {
        this.id = id;
        this.frame = frame;
    }

    long reg(int offset) {
        return frame.loadLong(offset);
    }

    void setReg(int offset, long value) {
        frame.storeLong(offset, value);
    }

    /** The syscall's status in a0. */
    void setStatus(int status) {
        frame.storeLong(Trap.A0, status);
    }

    boolean isBlocked() {
        return state >= BLOCKED_SEND;
    }
}
