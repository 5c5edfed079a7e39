package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.Trap;

/**
 * The kernel's globals: the fixed pools every kernel object comes from, with counts anyone can read, and the
 * invariants that tie the objects together. Objects are allocated only here, only at boot ({@link #init} and
 * the {@code new*} methods): the syscall paths never allocate, so they cannot run out of heap, and a pool count
 * that differs after a run is a leak.
 *
 * <p>Invariants (stated on each class, checked together by {@link #checkInvariants}):
 * <ul>
 * <li>pools: {@code 0 <= used <= capacity}; objects below {@code used} are handed out, the rest untouched;
 *     replies: those in the free list are bound to no call, and {@link #repliesInUse} counts the others (the free
 *     list is the one record of what is in use: no counter to keep in step on every call);</li>
 * <li>thread states agree with queue membership ({@link Thread}), endpoints never have both queues non-empty
 *     ({@link Endpoint}), a notification with waiters has a zero word ({@link Notification});</li>
 * <li>the scheduler's ready mask has bit p exactly when ready queue p is non-empty ({@link Sched}).</li>
 * </ul>
 * {@link Syscall#handle} checks the cheap ones on every entry (the caller is the running thread); tests check
 * all of them after every step.
 */
public final class Kernel {
    private Kernel() {}

    public static final int MAX_THREADS = 32,
            MAX_PROCESSES = 32,
            MAX_ENDPOINTS = 32,
            MAX_NOTIFICATIONS = 32,
            MAX_REPLIES = 32,
            MAX_FRAMES = 64,
            MAX_IRQS = 32;

    /** sstatus to enter a user thread with: SPP = U, SPIE = 1 (interrupts on in U-mode), SUM off. */
    static final long USER_STATUS = STATUS_SPIE;
    /** Thread i's trap frame: inside the trap region, above the boot frame at its bottom (Traps.FRAME_BASE). */
    static final long THREAD_FRAMES = Traps.FRAME_BASE + Thread.FRAME_STRIDE; // a constant: Kernel has no <clinit>

    static Thread[] threads;
    static Process[] processes;
    static Endpoint[] endpoints;
    static Notification[] notifications;
    static Reply[] replies;
    static Frame[] frames;
    /** By PLIC source; null where no IRQ capability was made. */
    static Irq[] irqs;

    static int threadsUsed, processesUsed, endpointsUsed, notificationsUsed, framesUsed;
    private static Reply freeReplies;

    /** Allocates every pool (boot, once; tests call it before each case to start from nothing). */
    public static void init() {
        threads = new Thread[MAX_THREADS];
        processes = new Process[MAX_PROCESSES];
        endpoints = new Endpoint[MAX_ENDPOINTS];
        notifications = new Notification[MAX_NOTIFICATIONS];
        replies = new Reply[MAX_REPLIES];
        frames = new Frame[MAX_FRAMES];
        irqs = new Irq[MAX_IRQS];
        threadsUsed = processesUsed = endpointsUsed = notificationsUsed = framesUsed = 0;
        freeReplies = null;
        for (int i = MAX_REPLIES - 1; i >= 0; i--) {
            replies[i] = new Reply(i);
            replies[i].nextFree = freeReplies;
            freeReplies = replies[i];
        }
        Sched.init();
        Trace.reset();
        KernelServers.reset();
    }

    // ---- boot-time creation ---------------------------------------------------------------------------------

    /** A new process with an empty capability table and one thread of the given priority (INACTIVE). */
    public static Process newProcess(int priority, long entry, long stackTop, Address ipcBuffer) {
        if (processesUsed == MAX_PROCESSES || threadsUsed == MAX_THREADS) {
            Panic.halt("boot: out of processes or threads");
        }
        if (priority < 0 || priority >= Sched.PRIORITIES) Panic.halt("boot: priority out of range");
        Process p = new Process(processesUsed);
        processes[processesUsed++] = p;
        p.entry = entry;
        p.stackTop = stackTop;
        Thread t = new Thread(threadsUsed, Address.fromLong(THREAD_FRAMES + (long) threadsUsed * Thread.FRAME_STRIDE));
        threads[threadsUsed++] = t;
        t.process = p;
        t.priority = priority;
        t.ipcBuffer = ipcBuffer;
        p.thread = t;
        return p;
    }

    /** Starts p's thread at its entry (boot: the first processes; later, SYS_SPAWN does the same). */
    public static void start(Process p) {
        Fault.spawn(null, p);
    }

    public static Endpoint newEndpoint(Process server) {
        if (endpointsUsed == MAX_ENDPOINTS) Panic.halt("boot: out of endpoints");
        Endpoint e = new Endpoint(endpointsUsed);
        endpoints[endpointsUsed++] = e;
        e.server = server;
        return e;
    }

    public static Notification newNotification() {
        if (notificationsUsed == MAX_NOTIFICATIONS) Panic.halt("boot: out of notifications");
        Notification n = new Notification(notificationsUsed);
        notifications[notificationsUsed++] = n;
        return n;
    }

    public static Frame newFrame(Address physical) {
        if (framesUsed == MAX_FRAMES) Panic.halt("boot: out of frame objects");
        Frame f = new Frame(framesUsed);
        frames[framesUsed++] = f;
        f.physical = physical;
        return f;
    }

    /** The IRQ object of PLIC source {@code source} (1..MAX_IRQS - 1; 0 is the clock tick), made on first use (boot only). */
    public static Irq irq(int source) {
        if (source < 0 || source >= MAX_IRQS) Panic.halt("boot: no such interrupt source");
        if (irqs[source] == null) irqs[source] = new Irq(source);
        return irqs[source];
    }

    /** The IRQ object of a source the PLIC delivered, or null if nobody owns it. */
    static Irq boundIrq(int source) {
        if (source <= 0 || source >= MAX_IRQS) return null;
        Irq irq = irqs[source];
        return irq != null && irq.notification != null ? irq : null;
    }

    /** Whether a thread waits for the clock: on the notification the tick (Abi.IRQ_TICK) is bound to. */
    static boolean tickMayWake() {
        Irq tick = irqs[Abi.IRQ_TICK];
        return tick != null && tick.notification != null && !tick.notification.waiters.isEmpty();
    }

    /** Whether an interrupt may still wake a thread: one waits on a notification some source is bound to. */
    static boolean interruptMayWake() {
        for (Irq irq : irqs)
            if (irq != null && irq.notification != null && !irq.notification.waiters.isEmpty()) return true;
        return false;
    }

    // ---- the reply pool (the one pool the syscalls take from and give back to) ----------------------------

    static boolean replyAvailable() {
        return freeReplies != null;
    }

    /** A free reply; the caller has checked {@link #replyAvailable}. */
    static Reply takeReply() {
        Reply r = freeReplies;
        freeReplies = r.nextFree;
        r.nextFree = null;
        return r;
    }

    static void releaseReply(Reply r) {
        r.caller = null;
        r.server = null;
        r.nextFree = freeReplies;
        freeReplies = r;
    }

    // ---- readable counts --------------------------------------------------------------------------------

    public static int threadsUsed() {
        return threadsUsed;
    }

    public static int processesUsed() {
        return processesUsed;
    }

    public static int endpointsUsed() {
        return endpointsUsed;
    }

    public static int notificationsUsed() {
        return notificationsUsed;
    }

    public static int framesUsed() {
        return framesUsed;
    }

    /** Replies taken from the pool (bound to a call): those not in the free list, counted when asked. */
    public static int repliesInUse() {
        int free = 0;
        for (Reply r = freeReplies; r != null; r = r.nextFree) free++;
        return MAX_REPLIES - free;
    }

    public static Thread thread(int id) {
        return threads[id];
    }

    public static Process process(int id) {
        return processes[id];
    }

    public static Endpoint endpoint(int id) {
        return endpoints[id];
    }

    public static Notification notification(int id) {
        return notifications[id];
    }

    public static Frame frame(int id) {
        return frames[id];
    }

    // ---- the trap handler's way out ---------------------------------------------------------------------

    /**
     * The frame to return to from a trap: the scheduler's choice (idling in wfi until a thread is ready),
     * with its address space switched in.
     */
    public static Address resume() {
        Sched.reschedule();
        while (Sched.current == null) {
            Sched.idle(); // an interrupt bound to a notification may make a waiter ready
            Sched.reschedule();
        }
        return Sched.activate(Sched.current);
    }

    /**
     * The frame to return to after the IPC fast path, which made its partner the running thread having checked that
     * no higher priority is ready: what {@link #resume} would choose, without asking the scheduler again.
     */
    static Address resumeDirect() {
        if (KernelServers.entering) return KernelServers.enter(); // the fast path called a server in the kernel
        return Sched.activate(Sched.current);
    }

    /**
     * Points the thread's frame at its entry with a fresh register file (spawn and restart). If the hart's
     * registers are this thread's (it restarts itself: sscratch names its frame during a system call), sscratch is
     * pointed at the boot's frame, never used again: the trap glue's lean exit then sees another frame returned and
     * restores this one in full, and the registers the handler kept (s0..s11, gp, tp) go to the boot's frame instead
     * of over the fresh ones (toolchain link.TrapGlue).
     */
    static void resetRegisters(Thread t) {
        if (Csr.read(SSCRATCH) == t.frame.toLong()) Csr.write(SSCRATCH, Traps.FRAME_BASE);
        for (int off = Trap.RA; off <= Trap.T6; off += 8) t.setReg(off, 0);
        t.setReg(Trap.KERNEL_SP, Traps.HANDLER_STACK_TOP);
        t.setReg(Trap.SP, t.process.stackTop);
        t.setReg(Trap.EPC, t.process.entry);
        t.setReg(Trap.STATUS, t.process.inKernel ? KernelServers.THREAD_STATUS : USER_STATUS);
    }

    // ---- invariants ---------------------------------------------------------------------------------------

    /** Null when every invariant holds, else the first one broken, named. (Tests; allocates only then.) */
    public static String checkInvariants() {
        String s = Sched.checkInvariants();
        if (s != null) return s;
        for (int i = 0; i < threadsUsed; i++) {
            s = checkThread(threads[i]);
            if (s != null) return "thread " + i + ": " + s;
        }
        for (int i = 0; i < endpointsUsed; i++) {
            Endpoint e = endpoints[i];
            if (!e.senders.isEmpty() && !e.receivers.isEmpty()) return "endpoint " + i + ": senders and receivers";
        }
        for (int i = 0; i < notificationsUsed; i++) {
            Notification n = notifications[i];
            if (!n.waiters.isEmpty() && n.word != 0) return "notification " + i + ": waiters on a non-zero word";
        }
        for (Irq irq : irqs) {
            if (irq != null && irq.claimed && irq.notification == null)
                return "irq " + irq.source + ": claimed but unbound";
        }
        return checkReplies();
    }

    private static String checkThread(Thread t) {
        if (!t.process.inKernel && (t.reg(Trap.STATUS) & STATUS_SPP) != 0) return "a user thread's frame says S-mode";
        switch (t.state) {
            case Thread.RUNNING:
                return t == Sched.current && t.queue == null ? null : "RUNNING but not current or queued";
            case Thread.READY:
                return t.queue == Sched.readyQueue(t.priority) ? null : "READY outside its ready queue";
            case Thread.BLOCKED_SEND:
                if (t.call && (t.reply == null || t.reply.caller != t)) return "queued call without its reply";
                return t.endpoint != null && t.queue == t.endpoint.senders ? null : "BLOCKED_SEND outside senders";
            case Thread.BLOCKED_RECV:
                return t.endpoint != null && t.queue == t.endpoint.receivers ? null : "BLOCKED_RECV outside receivers";
            case Thread.BLOCKED_WAIT:
                return t.notification != null && t.queue == t.notification.waiters
                        ? null
                        : "BLOCKED_WAIT outside waiters";
            case Thread.BLOCKED_REPLY:
                return t.queue == null && t.reply != null && t.reply.caller == t ? null : "BLOCKED_REPLY without reply";
            default:
                if (t == Sched.current) return "INACTIVE but current";
                return t.queue == null && t.reply == null && t.answer == null
                        ? null
                        : "INACTIVE but queued or in a call";
        }
    }

    private static String checkReplies() {
        int free = 0;
        for (Reply r = freeReplies; r != null && free <= MAX_REPLIES; r = r.nextFree) {
            if (r.caller != null) return "reply " + r.id + " free but bound";
            free++;
        }
        if (free > MAX_REPLIES) return "replies: the free list is longer than the pool";
        for (Reply r : replies) {
            if (r.caller == null) continue;
            if (r.caller.reply != r) return "reply " + r.id + ": caller does not hold it";
            if (r.server != null && r.server.answer != r) return "reply " + r.id + ": server does not hold it";
            if (r.server != null && r.caller.state != Thread.BLOCKED_REPLY)
                return "reply " + r.id + ": caller not waiting";
        }
        return null;
    }
}
