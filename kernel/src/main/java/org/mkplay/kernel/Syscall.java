package org.mkplay.kernel;

import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Trap;

/**
 * The one system-call entry (ABI: docs/kernel.md and {@link Abi}). Each syscall is two steps, as in seL4:
 * decode and validate everything (the number, the slot, the capability's type and rights, the message info,
 * pool space) and return an error code if anything is wrong, having changed nothing; then perform, which
 * cannot fail ({@link Ipc}, {@link Fault}, {@link UserMemory#map}). A bad request of any kind is a negative
 * status in a0 and never a panic.
 */
public final class Syscall {
    private Syscall() {}

    /** The address spaces, for MAP and UNMAP (Vm on the machine, a model in tests). */
    public static UserMemory memory;

    /**
     * ecall by the running thread t, for the callers that are not the trap glue (the unit tests, the logic image,
     * servers placed in the kernel): sepc moves past the ecall, then the call is handled. Returns true when a fast
     * path took it ({@link Ipc#fastCall}, {@link Ipc#fastReplyRecv}, {@link Ipc#fastNotify}, {@link Ipc#fastWait}):
     * the thread it chose is then the running thread, no thread of higher priority is ready and nothing stopped, so
     * the trap resumes it without asking the scheduler again.
     */
    public static boolean handle(Thread t) {
        if (t != Sched.current || t.state != Thread.RUNNING) Panic.halt("syscall from a thread that is not running");
        t.setReg(Trap.EPC, t.reg(Trap.EPC) + 4);
        return perform(t) == FAST;
    }

    /** What {@link #fast} did: nothing, the general way ({@link #general}) takes the call ... */
    static final int GENERAL = 0;
    /** ... or it took the call and chose who runs (the running thread: {@link Kernel#resumeDirect} resumes it). */
    static final int FAST = 1;

    /**
     * {@link #handle} once t is known to be the running thread and its sepc is past the ecall: the fast paths, then
     * the general way. Returns GENERAL or FAST. ({@link Traps#onSyscall}, the trap's way, does the same with
     * {@link #fast} inlined into it, and has one more fast path, YIELD's.)
     */
    static int perform(Thread t) {
        int how = fast(t, t.frame.loadLong(Trap.T0));
        if (how == GENERAL) general(t);
        return how;
    }

    /**
     * The IPC fast paths, tried before the dispatch, in the order of their use: the round trip's two halves, a notify
     * whose waiter of higher priority takes the word and runs, a wait that blocks and runs the next ready thread. Each
     * validates what the general way would (capability, rights, arguments) and performs only when the outcome is the
     * one the general way and the scheduler would reach; otherwise it changes nothing and this returns GENERAL. Small
     * enough for the compiler to inline into {@link Traps#onSyscall}: the choice costs no Java frame of its own.
     */
    static int fast(Thread t, long number) {
        if (number == Abi.SYS_CALL) return Ipc.fastCall(t);
        if (number == Abi.SYS_REPLY_RECV) return Ipc.fastReplyRecv(t);
        if (number == Abi.SYS_NOTIFY) return Ipc.fastNotify(t);
        if (number == Abi.SYS_WAIT) return Ipc.fastWait(t);
        return GENERAL;
    }

    /** The general way: the dispatch; an error code goes to a0 (nothing done), else the results are in place. */
    static void general(Thread t) {
        int status = dispatch(t, t.frame.loadLong(Trap.T0));
        if (status != Abi.OK) t.setStatus(status);
    }

    /** Runs syscall {@code number}; returns an error code (nothing done) or OK (results already in place). */
    static int dispatch(Thread t, long number) {
        if (number < 1 || number > Abi.SYS_MAX) return Abi.E_BAD_SYSCALL;
        switch ((int) number) {
            case Abi.SYS_CALL: // fast tried Ipc.fastCall first
                return send(t, true, true);
            case Abi.SYS_SEND:
                return send(t, false, true);
            case Abi.SYS_NBSEND:
                return send(t, false, false);
            case Abi.SYS_RECV:
                return recv(t, false);
            case Abi.SYS_REPLY:
                return reply(t);
            case Abi.SYS_REPLY_RECV: // fast tried Ipc.fastReplyRecv first
                return recv(t, true);
            case Abi.SYS_NOTIFY:
                return notify(t);
            case Abi.SYS_WAIT:
                return waitOn(t, true);
            case Abi.SYS_POLL:
                return waitOn(t, false);
            case Abi.SYS_YIELD:
                return yieldSlice(t);
            case Abi.SYS_MAP:
                return map(t);
            case Abi.SYS_UNMAP:
                return unmap(t);
            case Abi.SYS_CAP_COPY:
                return capCopy(t);
            case Abi.SYS_CAP_DELETE:
                return capDelete(t);
            case Abi.SYS_EXIT:
                return exit(t);
            case Abi.SYS_SPAWN:
            case Abi.SYS_KILL:
            case Abi.SYS_RESTART:
                return control(t, (int) number);
            case Abi.SYS_IRQ_BIND:
                return irqBind(t);
            case Abi.SYS_IRQ_ACK:
                return irqAck(t);
            case Abi.SYS_INSTRET:
                return instret(t);
            default:
                return debugPutc(t);
        }
    }

    private static Cap slot(Thread t, int register) {
        return t.process.cspace.slot(t.reg(register));
    }

    // ---- IPC ----------------------------------------------------------------------------------------------

    private static int send(Thread t, boolean call, boolean blocking) {
        int err = t.process.cspace.check(t.reg(Trap.A0), Abi.CAP_ENDPOINT, Abi.RIGHT_SEND);
        if (err == Abi.OK && serverKilled(slot(t, Trap.A0).endpoint)) err = Abi.E_DEAD;
        if (err == Abi.OK) err = checkMessage(t, slot(t, Trap.A0));
        if (err == Abi.OK && call && !Kernel.replyAvailable()) err = Abi.E_NO_MEMORY;
        if (err != Abi.OK) return err;
        Ipc.send(t, slot(t, Trap.A0), call, blocking);
        return Abi.OK;
    }

    /** Nobody will ever receive on ep: its server was killed (a stopped one may still be restarted). */
    private static boolean serverKilled(Endpoint ep) {
        return ep.server != null && ep.server.state == Process.KILLED;
    }

    /**
     * The outgoing message info in a1: reserved bits clear, at most MAX_WORDS words and MAX_BUFFER bytes, a
     * buffer only with an IPC buffer, and a capability only from a full slot through an endpoint capability
     * with GRANT. {@code through} is null for a reply, which carries no capability (the caller, blocked in its
     * call, has no register left to name a slot for one).
     */
    static int checkMessage(Thread t, Cap through) {
        long info = t.reg(Trap.A1);
        if ((info & Abi.INFO_RESERVED) != 0) return Abi.E_BAD_ARGUMENT;
        if (Ipc.words(info) > Abi.MAX_WORDS || Ipc.bufferBytes(info) > Abi.MAX_BUFFER) return Abi.E_TOO_LONG;
        if (Ipc.bufferBytes(info) > 0 && t.ipcBuffer.isZero()) return Abi.E_BAD_POINTER;
        if ((info & Abi.INFO_CAP) == 0) return Abi.OK;
        if (through == null) return Abi.E_BAD_ARGUMENT;
        Cap c = t.process.cspace.slot(Ipc.capSlot(info));
        if (c == null || c.isEmpty()) return Abi.E_BAD_SLOT;
        if ((through.rights & Abi.RIGHT_GRANT) == 0) return Abi.E_NO_RIGHTS;
        return Abi.OK;
    }

    /**
     * recv, or replyRecv ({@code answerFirst}): the answer's message is checked before anything happens. For
     * recv, a1's capability flag and slot name an empty slot for a capability the message may bring; replyRecv's
     * a1 is the answer's info, so its receive takes no capability.
     */
    private static int recv(Thread t, boolean answerFirst) {
        int err = t.process.cspace.check(t.reg(Trap.A0), Abi.CAP_ENDPOINT, Abi.RIGHT_RECEIVE);
        if (err == Abi.OK && answerFirst && t.answer != null) err = checkMessage(t, null);
        long info = t.reg(Trap.A1);
        int capSlot = -1;
        if (err == Abi.OK && !answerFirst && (info & Abi.INFO_CAP) != 0) {
            capSlot = Ipc.capSlot(info);
            Cap c = t.process.cspace.slot(capSlot);
            if (c == null) err = Abi.E_BAD_SLOT;
            else if (!c.isEmpty()) err = Abi.E_BAD_ARGUMENT;
        }
        if (err != Abi.OK) return err;
        if (answerFirst) Ipc.replyRecv(t, slot(t, Trap.A0), capSlot);
        else Ipc.recv(t, slot(t, Trap.A0), capSlot);
        return Abi.OK;
    }

    private static int reply(Thread t) {
        if (t.answer == null) return Abi.E_BAD_ARGUMENT;
        int err = checkMessage(t, null);
        if (err != Abi.OK) return err;
        Sched.makeReady(Ipc.reply(t));
        t.setStatus(Abi.OK);
        return Abi.OK;
    }

    private static int notify(Thread t) {
        int err = t.process.cspace.check(t.reg(Trap.A0), Abi.CAP_NOTIFICATION, Abi.RIGHT_SEND);
        if (err != Abi.OK) return err;
        Cap c = slot(t, Trap.A0);
        long bits = t.reg(Trap.A1) | c.badge;
        if (bits == 0) return Abi.E_BAD_ARGUMENT;
        Ipc.notify(t, c.notification, bits);
        t.setStatus(Abi.OK);
        return Abi.OK;
    }

    private static int waitOn(Thread t, boolean blocking) {
        int err = t.process.cspace.check(t.reg(Trap.A0), Abi.CAP_NOTIFICATION, Abi.RIGHT_RECEIVE);
        if (err != Abi.OK) return err;
        Ipc.waitOn(t, slot(t, Trap.A0).notification, blocking);
        return Abi.OK;
    }

    private static int yieldSlice(Thread t) {
        t.setStatus(Abi.OK);
        Sched.yieldSlice();
        return Abi.OK;
    }

    // ---- memory -------------------------------------------------------------------------------------------

    static final int MAP_RIGHTS = Abi.RIGHT_READ | Abi.RIGHT_WRITE | Abi.RIGHT_EXEC;

    /** MAP a0 = frame slot, a1 = page-aligned user address, a2 = rights (non-empty subset of R/W/X). */
    private static int map(Thread t) {
        long va = t.reg(Trap.A1), rights = t.reg(Trap.A2);
        int err = t.process.cspace.check(t.reg(Trap.A0), Abi.CAP_FRAME, 0);
        if (err != Abi.OK) return err;
        if (rights == 0 || (rights & ~MAP_RIGHTS) != 0) return Abi.E_BAD_ARGUMENT;
        Cap c = slot(t, Trap.A0);
        if ((c.rights & rights) != rights) return Abi.E_NO_RIGHTS;
        if ((va & (Frame.SIZE - 1)) != 0 || va < Abi.USER_BASE || va >= Abi.USER_END) return Abi.E_BAD_POINTER;
        if (c.frame.isMapped()) return Abi.E_BAD_ARGUMENT;
        err = memory.check(t.process, va);
        if (err != Abi.OK) return err;
        memory.map(t.process, va, c.frame.physical, (int) rights);
        c.frame.mappedIn = t.process;
        c.frame.mappedAt = va;
        t.setStatus(Abi.OK);
        return Abi.OK;
    }

    /** UNMAP a0 = frame slot: the frame must be mapped, in the caller's own address space. */
    private static int unmap(Thread t) {
        int err = t.process.cspace.check(t.reg(Trap.A0), Abi.CAP_FRAME, 0);
        if (err != Abi.OK) return err;
        Frame f = slot(t, Trap.A0).frame;
        if (f.mappedIn != t.process) return Abi.E_BAD_ARGUMENT;
        unmapFrame(f);
        t.setStatus(Abi.OK);
        return Abi.OK;
    }

    private static void unmapFrame(Frame f) {
        memory.unmap(f.mappedIn, f.mappedAt);
        f.mappedIn = null;
        f.mappedAt = 0;
    }

    // ---- capabilities ---------------------------------------------------------------------------------

    /**
     * CAP_COPY a0 = source, a1 = empty destination, a2 = rights mask (the copy has at most the source's
     * rights), a3 = badge: 0 keeps the source's; another only on an unbadged endpoint or notification capability.
     */
    private static int capCopy(Thread t) {
        Cap src = slot(t, Trap.A0), dst = slot(t, Trap.A1);
        long mask = t.reg(Trap.A2), badge = t.reg(Trap.A3);
        if (src == null || src.isEmpty() || dst == null) return Abi.E_BAD_SLOT;
        if (!dst.isEmpty() || (mask & ~(long) Abi.RIGHTS_ALL) != 0) return Abi.E_BAD_ARGUMENT;
        boolean badgeable = src.type == Abi.CAP_ENDPOINT || src.type == Abi.CAP_NOTIFICATION;
        if (badge != 0 && (!badgeable || src.badge != 0)) return Abi.E_BAD_ARGUMENT;
        dst.copyFrom(src, (int) mask, badge != 0 ? badge : src.badge);
        Trace.cap(t.process, t.reg(Trap.A1));
        t.setStatus(Abi.OK);
        return Abi.OK;
    }

    /** CAP_DELETE a0: the slot becomes empty (a frame capability's mapping goes if it was the frame's mapper). */
    private static int capDelete(Thread t) {
        Cap c = slot(t, Trap.A0);
        if (c == null || c.isEmpty()) return Abi.E_BAD_SLOT;
        if (c.type == Abi.CAP_FRAME && c.frame.mappedIn == t.process && !otherFrameCap(t.process, c)) {
            unmapFrame(c.frame);
        }
        c.clear();
        Trace.cap(t.process, t.reg(Trap.A0));
        t.setStatus(Abi.OK);
        return Abi.OK;
    }

    /** Does p hold another capability to c's frame (then the mapping stays, reachable through it)? */
    private static boolean otherFrameCap(Process p, Cap c) {
        for (int i = 0; i < Abi.CSPACE_SLOTS; i++) {
            Cap o = p.cspace.slot(i);
            if (o != c && o.type == Abi.CAP_FRAME && o.frame == c.frame) return true;
        }
        return false;
    }

    // ---- processes ----------------------------------------------------------------------------------

    private static int exit(Thread t) {
        Fault.exit(t, t.reg(Trap.A0));
        return Abi.OK;
    }

    /** SPAWN, KILL, RESTART a0 = process capability with CONTROL. */
    private static int control(Thread t, int number) {
        int err = t.process.cspace.check(t.reg(Trap.A0), Abi.CAP_PROCESS, Abi.RIGHT_CONTROL);
        if (err != Abi.OK) return err;
        Process p = slot(t, Trap.A0).process;
        if (number == Abi.SYS_SPAWN && Fault.checkSpawn(p) != Abi.OK) return Fault.checkSpawn(p);
        t.setStatus(Abi.OK);
        if (number == Abi.SYS_SPAWN) Fault.spawn(t, p);
        else if (number == Abi.SYS_KILL) Fault.kill(t, p);
        else Fault.restart(t, p);
        return Abi.OK;
    }

    /** INSTRET a0 = process capability (any rights): a0 = the instructions retired on its thread's behalf. */
    private static int instret(Thread t) {
        int err = t.process.cspace.check(t.reg(Trap.A0), Abi.CAP_PROCESS, 0);
        if (err != Abi.OK) return err;
        t.setReg(Trap.A0, Sched.instret(slot(t, Trap.A0).process.thread));
        return Abi.OK;
    }

    // ---- interrupts ---------------------------------------------------------------------------------------

    /** IRQ_BIND a0 = IRQ capability, a1 = notification capability with SEND, a2 = the bits (non-zero). */
    private static int irqBind(Thread t) {
        int err = t.process.cspace.check(t.reg(Trap.A0), Abi.CAP_IRQ, 0);
        if (err == Abi.OK) err = t.process.cspace.check(t.reg(Trap.A1), Abi.CAP_NOTIFICATION, Abi.RIGHT_SEND);
        if (err != Abi.OK) return err;
        long bits = t.reg(Trap.A2);
        if (bits == 0) return Abi.E_BAD_ARGUMENT;
        Interrupts.bind(slot(t, Trap.A0).irq, slot(t, Trap.A1).notification, bits);
        t.setStatus(Abi.OK);
        return Abi.OK;
    }

    /** IRQ_ACK a0 = IRQ capability whose interrupt is outstanding (claimed, not yet acknowledged). */
    private static int irqAck(Thread t) {
        int err = t.process.cspace.check(t.reg(Trap.A0), Abi.CAP_IRQ, 0);
        if (err != Abi.OK) return err;
        Irq irq = slot(t, Trap.A0).irq;
        if (!irq.claimed) return Abi.E_BAD_ARGUMENT;
        Interrupts.acknowledge(irq);
        t.setStatus(Abi.OK);
        return Abi.OK;
    }

    private static int debugPutc(Thread t) {
        long b = t.reg(Trap.A0);
        if (b < 0 || b > 0xff) return Abi.E_BAD_ARGUMENT;
        Console.putByte((int) b);
        t.setStatus(Abi.OK);
        return Abi.OK;
    }
}
