package org.mkplay.kernel;

import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Trap;

/**
 * Servers placed in the kernel (docs/kernel.md, "Placement"): the monolithic baseline. Such a program is the
 * ordinary user-profile program linked at its slot of the kernel-server window ({@link Abi#SERVER_WINDOW}, mapped
 * without U in every address space) and run in S-mode. Until it first waits for a message it is an ordinary thread
 * (its main registers its name). Once it waits on its endpoint (BLOCKED_RECV) it is <em>parked</em>: a client's
 * send or call on that endpoint ({@link #call}, from Ipc.send) moves the message into the server's frame and
 * enters it on its own stack in S-mode, interrupts off, without a context switch or an satp write; the client
 * stays the running thread. The server's runtime enters the kernel by a jump, not a trap (the toolchain's
 * AssemblyRoutines.enterKernel), so its answer ({@link #inHandler}: REPLY_RECV) comes back here, goes to the
 * client's registers, and the client resumes: a round trip is one trap.
 *
 * <p>Inside a call the handler may print (DEBUG_PUTC) and answer (REPLY, then RECV or REPLY_RECV on its endpoint,
 * which ends the call); anything else would have to block or switch, and returns WOULD_BLOCK. A fault of a
 * kernel-placed server, in a call or not, panics the system with a report naming it.
 *
 * <p>Invariant: {@code active} is null or the parked server running a call for {@code caller}, the running thread;
 * while it runs it is INACTIVE and in no queue, and its endpoint is {@code endpoint}.
 */
public final class KernelServers {
    private KernelServers() {}

    /** The server running a call, the thread that made it, the endpoint; null outside a call. */
    static Thread active, caller;

    static Endpoint endpoint;
    /** Whether the caller waits for an answer (a call) and whether the server has given it. */
    static boolean callerWaits, answered;
    /** Set by {@link #call}: the trap that made it returns the server's frame (UserBoot.resume asks). */
    static boolean entering;
    /** Calls served in the kernel (a counter for tests and the benchmark). */
    public static long calls;

    /** sstatus of a kernel-placed thread: S-mode (SPP), interrupts on after sret (SPIE). */
    static final long THREAD_STATUS = Kernel.USER_STATUS | org.mkplay.riscv.priv.Csr.STATUS_SPP;
    /** sstatus while it serves a call: S-mode, interrupts off (a kernel handler is not preempted). */
    static final long CALL_STATUS = org.mkplay.riscv.priv.Csr.STATUS_SPP;

    /** No call under way (Kernel.init). */
    static void reset() {
        active = caller = null;
        endpoint = null;
        callerWaits = answered = entering = false;
        calls = 0;
    }

    /** Where program k is linked when placed in the kernel: its slot of the window. */
    public static long base(int k) {
        return Abi.SERVER_WINDOW + k * Abi.SERVER_SLOT;
    }

    /**
     * Loads packed program i into its slot of the window: image, a guard page, the stack and the IPC buffer, mapped
     * without U; a process with its own (otherwise empty) address space, whose thread starts in S-mode. Halts the
     * boot if the image is malformed or frames run out, as for a user program.
     */
    static Process load(int i, int asid) {
        long base = base(i);
        Vm.openServerWindow();
        long satp = Vm.newSpace(asid);
        long entry = satp == 0 ? Abi.E_NO_MEMORY : UserImages.loadInKernel(i, base);
        Address ipc = Address.zero();
        long top = base + Abi.SERVER_STACK_TOP_OFFSET;
        if (entry >= 0 && mapStack(top)) ipc = mapPage(top, Abi.RIGHT_READ | Abi.RIGHT_WRITE);
        if (ipc.isZero()) Panic.halt("boot: kernel server " + UserImages.name(i) + " cannot be loaded (" + entry + ")");
        Process p = Kernel.newProcess(UserImages.priority(i), entry, top, ipc);
        p.satp = satp;
        p.image = i;
        p.inKernel = true;
        return p;
    }

    private static boolean mapStack(long top) {
        for (long va = top - UserImages.STACK_PAGES * Frames.FRAME_SIZE; va < top; va += Frames.FRAME_SIZE) {
            if (mapPage(va, Abi.RIGHT_READ | Abi.RIGHT_WRITE).isZero()) return false;
        }
        return true;
    }

    /** A zeroed frame mapped at va in the window; the zero address when frames ran out. */
    private static Address mapPage(long va, int rights) {
        Address frame = Frames.allocate();
        if (frame.isZero() || Vm.mapServer(va, frame.toLong(), rights) != Abi.OK) return Address.zero();
        return frame;
    }

    /** Whether the trap's frame is a kernel-placed server's: the one running a call, or the running thread. */
    static boolean owns(Address frame) {
        if (active != null) return frame.eq(active.frame);
        Thread t = Sched.current();
        return t != null && t.process.inKernel && frame.eq(t.frame);
    }

    /**
     * A trap (or the runtime's jump) from a kernel-placed server. In a call: {@link #inHandler}. Otherwise the
     * server is the running thread: a system call, an interrupt, or a fault, which panics.
     */
    static Address onTrap(Address frame, long cause) {
        if (active != null) return inHandler(frame, cause);
        Thread t = Sched.current();
        if (cause == Cause.ECALL_FROM_S) {
            if (Syscall.handle(t)) return Kernel.resumeDirect(); // the IPC fast path chose who runs
        } else if (cause == Traps.SUPERVISOR_TIMER) {
            Interrupts.timer();
        } else if (cause == Traps.SUPERVISOR_EXTERNAL) {
            Interrupts.external();
        } else {
            fault(t, cause, frame);
        }
        return UserBoot.resume();
    }

    /**
     * Ipc.send found the kernel-placed server {@code server} waiting on ep: the message goes into its frame and
     * the trap returns to it (UserBoot.resume, {@link #enter}); the client stays the running thread.
     */
    static void call(Thread client, Thread server, Endpoint ep, long badge, boolean call) {
        ep.receivers.remove(server);
        Trace.send(client, server, ep, client.reg(Trap.A1));
        Ipc.deliver(client, server, ep, badge);
        server.state = Thread.INACTIVE;
        server.setReg(Trap.STATUS, CALL_STATUS);
        active = server;
        caller = client;
        endpoint = ep;
        callerWaits = call;
        answered = false;
        entering = true;
        calls++;
        if (!call) client.setStatus(Abi.OK);
    }

    /**
     * CALL's fast path into a parked server (Ipc.fastCall found it waiting and checked the capability's SEND right and
     * that the message is registers only, at most 6 words): the words go straight into its frame, and the trap
     * returns to it (Kernel.resumeDirect, {@link #enter}). Always taken: returns true.
     */
    static boolean fastCall(Thread client, Endpoint ep, Thread server, long badge, long info) {
        ep.receivers.remove(server);
        Address to = server.frame;
        Ipc.copyWords(client.frame, to, Ipc.words(info));
        to.storeLong(Trap.A0, Abi.OK);
        to.storeLong(Trap.A1, info);
        to.storeLong(Trap.T1, badge);
        to.storeLong(Trap.STATUS, CALL_STATUS);
        server.endpoint = null;
        server.recvCapSlot = -1;
        server.state = Thread.INACTIVE;
        active = server;
        caller = client;
        endpoint = ep;
        callerWaits = true;
        answered = false;
        entering = true;
        calls++;
        Trace.send(client, server, ep, info);
        Trace.receive(server, client, ep, info);
        return true;
    }

    /** The frame the trap returns to after {@link #call}: the server's, in S-mode with interrupts off. */
    static Address enter() {
        entering = false;
        return active.frame;
    }

    /**
     * A system call of the server inside a call (the runtime jumped to the vector, scause = ecall from S) or a
     * fault. The answer goes to the caller; RECV or REPLY_RECV on its endpoint ends the call and resumes the caller.
     */
    static Address inHandler(Address frame, long cause) {
        Thread s = active;
        if (cause != Cause.ECALL_FROM_S) fault(s, cause, frame);
        s.setReg(Trap.EPC, s.reg(Trap.EPC) + 4);
        long number = s.reg(Trap.T0);
        if (number == Abi.SYS_REPLY_RECV && fastAnswer(s)) return finish(s);
        if (number == Abi.SYS_DEBUG_PUTC) {
            long b = s.reg(Trap.A0);
            if (b >= 0 && b <= 0xff) Console.putByte((int) b);
            s.setStatus(b >= 0 && b <= 0xff ? Abi.OK : Abi.E_BAD_ARGUMENT);
            return frame;
        }
        if (number == Abi.SYS_EXIT) Panic.halt("kernel server " + name(s) + " exited inside a call");
        boolean answers = number == Abi.SYS_REPLY || number == Abi.SYS_REPLY_RECV;
        boolean receives = number == Abi.SYS_RECV || number == Abi.SYS_REPLY_RECV;
        if (receives && !receivesOnItsEndpoint(s)) {
            s.setStatus(Abi.E_WOULD_BLOCK); // another endpoint: the handler would block inside the kernel
            return frame;
        }
        if (answers) {
            int status = answer(s, number == Abi.SYS_REPLY);
            if (status != Abi.OK || !receives) {
                s.setStatus(status);
                return frame;
            }
        }
        if (receives) return finish(s);
        // any other call would block or switch threads; a number that is no syscall at all is said so
        s.setStatus(number < 1 || number > Abi.SYS_MAX ? Abi.E_BAD_SYSCALL : Abi.E_WOULD_BLOCK);
        return frame;
    }

    /**
     * REPLY_RECV's fast path: slot a0 is a capability with RECEIVE on the endpoint being served, a call waits for its
     * answer and the answer is registers only, at most 6 words: the words go straight into the caller's frame and it
     * returns true (finish ends the call). Otherwise false, having changed nothing: the general way takes it.
     */
    private static boolean fastAnswer(Thread s) {
        Address f = s.frame;
        long info = f.loadLong(Trap.A1);
        if ((info & Ipc.FAST_INFO_MASK) != 0 || Ipc.words(info) > Abi.MAX_WORDS || !callerWaits || answered)
            return false;
        Cap cap = s.process.cspace.slot(f.loadLong(Trap.A0));
        if (cap == null || cap.type != Abi.CAP_ENDPOINT || (cap.rights & Abi.RIGHT_RECEIVE) == 0) return false;
        if (cap.endpoint != endpoint) return false;
        Address to = caller.frame;
        Ipc.copyWords(f, to, Ipc.words(info));
        to.storeLong(Trap.A0, Abi.OK);
        to.storeLong(Trap.A1, info);
        to.storeLong(Trap.T1, 0);
        answered = true;
        Trace.reply(s, caller, info);
        return true;
    }

    /** Slot a0 is a capability with RECEIVE on the endpoint the server is serving. */
    private static boolean receivesOnItsEndpoint(Thread s) {
        if (s.process.cspace.check(s.reg(Trap.A0), Abi.CAP_ENDPOINT, Abi.RIGHT_RECEIVE) != Abi.OK) return false;
        return s.process.cspace.slot(s.reg(Trap.A0)).endpoint == endpoint;
    }

    /**
     * The answer in the server's registers goes to the caller (checked as Syscall checks a reply). REPLY with no
     * call to answer is BAD_ARGUMENT; REPLY_RECV with none just receives.
     */
    private static int answer(Thread s, boolean replyOnly) {
        if (!callerWaits || answered) return replyOnly ? Abi.E_BAD_ARGUMENT : Abi.OK;
        int err = Syscall.checkMessage(s, null);
        if (err != Abi.OK) return err;
        Trace.reply(s, caller, s.reg(Trap.A1));
        caller.sendKind = Thread.MSG_REGISTERS;
        s.sendKind = Thread.MSG_REGISTERS;
        Ipc.deliver(s, caller, null, 0);
        answered = true;
        return Abi.OK;
    }

    /** The call ends: the server parks on its endpoint again, the caller (DEAD if unanswered) resumes. */
    private static Address finish(Thread s) {
        if (callerWaits && !answered) caller.setStatus(Abi.E_DEAD);
        s.setReg(Trap.STATUS, THREAD_STATUS);
        s.state = Thread.BLOCKED_RECV;
        s.endpoint = endpoint;
        s.recvCapSlot = -1;
        endpoint.receivers.push(s);
        Thread c = caller;
        active = null;
        caller = null;
        endpoint = null;
        return c.frame;
    }

    /** A fault of a kernel-placed server: the whole system stops, the report naming the server. */
    static void fault(Thread s, long cause, Address frame) {
        long stval = UserBoot.faultAddress(cause, org.mkplay.vmmagic.Csr.read(org.mkplay.riscv.priv.Csr.STVAL));
        Console.println("panic: kernel server " + name(s) + " faulted: " + Panic.causeName(cause) + " (scause "
                + Console.hex(cause) + ") at sepc " + Console.hex(frame.loadLong(Trap.EPC)) + ", stval "
                + Console.hex(stval));
        Power.off(Panic.STATUS);
    }

    static String name(Thread s) {
        return s.process.image >= 0 ? UserImages.name(s.process.image) : "process " + s.process.id;
    }
}
