package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.INSTRET;
import static org.mkplay.riscv.priv.Csr.IRQ_STI;
import static org.mkplay.riscv.priv.Csr.SIE;

import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;

/**
 * The scheduler: fixed priorities ({@code 0..PRIORITIES-1}, higher runs first), round robin within a priority,
 * a time slice counted in timer ticks, and an idle loop in {@code wfi} when nothing is ready.
 *
 * <p>{@code current} is the running thread (state RUNNING, in no queue) or null while idle. Threads that can
 * run but do not are READY in the queue of their priority; bit p of {@code readyMask} is set exactly when
 * queue p is non-empty (so the highest ready priority is one count of leading zeros away).
 * A thread that becomes ready goes to the tail of its queue; one preempted by a higher priority goes back to
 * the head (it keeps the rest of its slice); one whose slice ran out or that yields goes to the tail with a
 * new slice.
 */
public final class Sched {
    private Sched() {}

    public static final int PRIORITIES = 16;
    /** Ticks per slice unless a thread says otherwise. */
    public static final int DEFAULT_SLICE = 5;

    static Thread current;
    private static ThreadQueue[] ready;
    private static int readyMask;
    /** The thread and satp that last ran: a switch is traced, an address-space change writes satp. */
    static Thread lastRun;

    private static long activeSatp;

    /**
     * Instruction accounting (instret, a deterministic clock). The instructions retired since {@code accountedAt}
     * belong to {@code lastRun} (its user code and the kernel entries it makes, kernel-placed servers it calls
     * included), or to the kernel's own share while idling; each switch and each idle wait settles the account.
     * Invariant: the sum of every thread's {@code instret}, plus {@code kernelInstret}, plus (instret now -
     * accountedAt) is instret now. The kernel's share starts with the boot before {@link #init}.
     */
    private static long accountedAt;

    static long kernelInstret;

    static void init() {
        ready = new ThreadQueue[PRIORITIES];
        for (int p = 0; p < PRIORITIES; p++) ready[p] = new ThreadQueue();
        readyMask = 0;
        current = null;
        lastRun = null;
        activeSatp = 0;
        accountedAt = kernelInstret = Csr.read(INSTRET);
    }

    /** The instructions since the last settlement go to t (null: the kernel's own share). */
    private static void settle(Thread t) {
        long now = Csr.read(INSTRET);
        if (t != null) t.instret += now - accountedAt;
        else kernelInstret += now - accountedAt;
        accountedAt = now;
    }

    /** Instructions retired so far on t's behalf, its running slice included. */
    static long instret(Thread t) {
        return t.instret + (t == lastRun ? Csr.read(INSTRET) - accountedAt : 0);
    }

    public static Thread current() {
        return current;
    }

    static ThreadQueue readyQueue(int priority) {
        return ready[priority];
    }

    /**
     * The highest priority with a ready thread, or -1: a binary search over the mask's 16 bits, no loop and no
     * table (a table would need a static initialiser, and every caller outside this class a test that it ran).
     */
    static int highestReady() {
        int m = readyMask;
        if (m == 0) return -1;
        int p = 0;
        if (m >= 1 << 8) {
            m >>>= 8;
            p = 8;
        }
        if (m >= 1 << 4) {
            m >>>= 4;
            p += 4;
        }
        if (m >= 1 << 2) {
            m >>>= 2;
            p += 2;
        }
        return p + (m >>> 1);
    }

    /** t (not running, in no queue) can run: tail of its priority's queue. */
    static void makeReady(Thread t) {
        t.state = Thread.READY;
        ready[t.priority].push(t);
        readyMask |= 1 << t.priority;
    }

    private static void makeReadyFront(Thread t) {
        t.state = Thread.READY;
        ready[t.priority].pushFront(t);
        readyMask |= 1 << t.priority;
    }

    /** Removes t from its ready queue (it is being blocked, stopped or run). */
    static void unready(Thread t) {
        ready[t.priority].remove(t);
        if (ready[t.priority].isEmpty()) readyMask &= ~(1 << t.priority);
    }

    private static Thread takeHighest() {
        int p = highestReady();
        if (p < 0) return null;
        ThreadQueue q = ready[p];
        Thread t = q.pop(); // unready of the head, without the general unlink
        if (q.isEmpty()) readyMask &= ~(1 << p);
        return t;
    }

    /**
     * The current thread has just blocked and t has just become runnable (a call met its server, a replyRecv
     * answered its caller): run t at once, without a trip through the ready queues, unless a higher priority
     * is waiting. The IPC fast path's switch.
     */
    static void switchTo(Thread t) {
        if (t.priority >= highestReady()) {
            run(t);
        } else {
            makeReady(t);
        }
    }

    /** The IPC fast path: t runs now (the caller checked that no higher priority is ready). */
    static void runNow(Thread t) {
        t.state = Thread.RUNNING; // run(t), written out: half of every round trip
        if (t.sliceLeft <= 0) t.sliceLeft = t.timeSlice;
        current = t;
    }

    private static void run(Thread t) {
        t.state = Thread.RUNNING;
        if (t.sliceLeft <= 0) t.sliceLeft = t.timeSlice;
        current = t;
    }

    /**
     * After every kernel entry: if the current thread stopped running, the highest ready thread runs; if a
     * higher priority than the current thread's became ready, it preempts (the current goes to the head of
     * its queue).
     */
    static void reschedule() {
        pick();
    }

    /** {@link #reschedule}, returning the thread that runs now (null: none is ready). */
    static Thread pick() {
        Thread c = current;
        if (c != null && c.state == Thread.RUNNING) {
            if (highestReady() <= c.priority) return c;
            makeReadyFront(c);
        }
        current = null;
        Thread next = takeHighest();
        if (next != null) run(next);
        return next;
    }

    /**
     * YIELD's fast path: if nothing is ready at or above t's priority (t, the running thread, would be the head of
     * its own queue again) and t ran last (its address space is the hart's: nothing to activate), t keeps running
     * with a new slice and this returns true; else false, nothing changed.
     */
    static boolean keepsRunning(Thread t) {
        if (readyMask >>> t.priority != 0 || t != lastRun) return false;
        t.sliceLeft = t.timeSlice;
        return true;
    }

    /** Is a thread of priority p or above ready? */
    static boolean readyFrom(int p) {
        return readyMask >>> p != 0;
    }

    /**
     * NOTIFY's fast path: t (the running thread) is preempted by w (not queued), which runs now; t goes to the head
     * of its ready queue keeping the rest of its slice, as {@link #pick} would do. The caller checked that nothing is
     * ready at or above w's priority and that w's is above t's.
     */
    static void preempt(Thread t, Thread w) {
        makeReadyFront(t);
        runNow(w);
    }

    /**
     * WAIT's fast path: the running thread has just blocked; the highest ready thread runs (the caller checked there
     * is one), as {@link #pick} would choose.
     */
    static void runHighest() {
        run(takeHighest());
    }

    /** Is a thread of a priority above p ready? (The bits above p of the mask.) */
    static boolean readyAbove(int p) {
        return readyMask >>> p > 1;
    }

    /** The current thread gives up the rest of its slice: tail of its queue, a new slice next time. */
    static void yieldSlice() {
        Thread c = current;
        if (c == null) return;
        if (highestReady() < c.priority) {
            c.sliceLeft = c.timeSlice; // nothing else may run: the tail of its queue is the head, a new slice now
            return;
        }
        c.sliceLeft = 0;
        makeReady(c);
        current = null;
    }

    /** Timer tick (the preemption hook): the current thread's slice shrinks; when it is used up, yield. */
    public static void tick() {
        Thread c = current;
        if (c != null && --c.sliceLeft <= 0) yieldSlice();
    }

    /**
     * Called by the trap path with a chosen thread: settles the instruction account of the thread that ran (the
     * settlement of {@link #settle}, written out: this is half of every IPC round trip), switches satp when its
     * process differs, and traces the switch (and the change of space); nothing happens when t ran last. Returns t's
     * frame, the one the trap resumes (so that its callers keep nothing across the call).
     */
    static Address activate(Thread t) {
        Thread last = lastRun;
        if (t == last) return t.frame;
        long now = Csr.read(INSTRET);
        long spent = now - accountedAt;
        accountedAt = now;
        if (last != null) last.instret += spent;
        else kernelInstret += spent;
        lastRun = t;
        long satp = t.process.satp;
        boolean space = satp != activeSatp;
        if (space) {
            activeSatp = satp;
            if (satp != 0) Vm.activate(satp);
        }
        // tested here once rather than in each record method (every IPC switches); the only call on the way
        if (Trace.enabled) Trace.switched(last, t, space);
        return t.frame;
    }

    /**
     * The address space satp is about to be freed: if the hart runs in it, the kernel's own space runs instead (the
     * kernel is mapped in both), and the next thread's activation writes satp.
     */
    static void leaveSpace(long satp) {
        if (activeSatp != satp) return;
        Vm.activate(Vm.kernelSatp());
        activeSatp = Vm.kernelSatp();
    }

    /**
     * Nothing is ready: wait for an interrupt with interrupts still off (wfi resumes on a pending interrupt
     * that sie enables, whatever sstatus.SIE says: privileged spec, "Wait for Interrupt"), then handle what is
     * pending as the trap handler would. When only a device's interrupt can end the wait (a thread waits on a
     * notification an interrupt is bound to), the timer is masked for the wait: no thread is there to preempt, and
     * a machine that sleeps without a deadline (our emulator waiting for typed input, the host idle) costs nothing.
     */
    static void idle() {
        settle(lastRun); // up to the wait: the last thread's (its blocking call, the scheduler's look)
        boolean deviceOnly = Kernel.interruptMayWake() && !Kernel.tickMayWake();
        if (deviceOnly) Csr.clearBits(SIE, IRQ_STI);
        Cpu.wfi();
        if (deviceOnly) Csr.setBits(SIE, IRQ_STI);
        Interrupts.poll();
        settle(null); // the wait and the interrupts it handled: the kernel's own share
    }

    /** Null when the ready queues, the mask and {@code current} agree (see the class comment). */
    static String checkInvariants() {
        for (int p = 0; p < PRIORITIES; p++) {
            boolean bit = (readyMask >>> p & 1) != 0;
            if (bit == ready[p].isEmpty()) return "ready mask bit " + p + " disagrees with its queue";
            for (Thread t = ready[p].head; t != null; t = t.next) {
                if (t.state != Thread.READY || t.priority != p) return "thread " + t.id + " in ready queue " + p;
            }
        }
        if (current != null && current.state != Thread.RUNNING) return "current thread not RUNNING";
        return null;
    }
}
