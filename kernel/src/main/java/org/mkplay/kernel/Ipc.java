package org.mkplay.kernel;

import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Trap;

/**
 * Synchronous IPC through endpoints, and notifications. Every method here is a "perform" step: {@link Syscall}
 * has validated the capability, the rights and the message info, so nothing here can fail; each method leaves
 * the results in the threads' frames (a0 status, a1 info, a2..a7 words, t1 badge) and the threads in their
 * new states, and {@link Sched#reschedule} picks who runs.
 *
 * <p>The state machine of a thread (see {@link Thread}): RUNNING -send/call, no receiver-> BLOCKED_SEND;
 * RUNNING -recv, no sender-> BLOCKED_RECV; a call delivered -> BLOCKED_REPLY until the reply (or the server's
 * death: DEAD); BLOCKED_SEND / BLOCKED_RECV -partner arrives-> READY (or RUNNING through {@link Sched#switchTo});
 * RUNNING -wait on a zero word-> BLOCKED_WAIT -notify-> READY.
 */
public final class Ipc {
    private Ipc() {}

    static final long INFO_KEPT = 0xFFFF_FFFF_0000_0000L
            | Abi.INFO_WORDS_MASK << Abi.INFO_WORDS_SHIFT
            | Abi.INFO_BUFFER_MASK << Abi.INFO_BUFFER_SHIFT;

    static int words(long info) {
        return (int) (info >>> Abi.INFO_WORDS_SHIFT & Abi.INFO_WORDS_MASK);
    }

    static int bufferBytes(long info) {
        return (int) (info >>> Abi.INFO_BUFFER_SHIFT & Abi.INFO_BUFFER_MASK);
    }

    static int capSlot(long info) {
        return (int) (info >>> Abi.INFO_CAP_SLOT_SHIFT & Abi.INFO_CAP_SLOT_MASK);
    }

    // ---- endpoints ------------------------------------------------------------------------------------------

    /**
     * send, nbsend and call through {@code cap} (an endpoint capability with SEND). A waiting receiver takes
     * the message now; otherwise the sender queues (send, call) or gets WOULD_BLOCK (nbsend). A call also takes
     * a reply from the pool (Syscall checked one is free) and waits for the answer.
     */
    static void send(Thread t, Cap cap, boolean call, boolean blocking) {
        Endpoint ep = cap.endpoint;
        Thread r = ep.receivers.head;
        if (r == null && !blocking) {
            t.setStatus(Abi.E_WOULD_BLOCK);
            return;
        }
        if (r != null && r.process.inKernel) { // a server placed in the kernel: called in place, no switch
            t.sendKind = Thread.MSG_REGISTERS;
            KernelServers.call(t, r, ep, cap.badge, call);
            return;
        }
        if (call) {
            Reply reply = Kernel.takeReply();
            reply.caller = t;
            t.reply = reply;
        }
        t.sendKind = Thread.MSG_REGISTERS;
        if (r == null) {
            Trace.send(t, null, ep, t.reg(Trap.A1));
            queueSender(t, ep, cap.badge, call);
            return;
        }
        ep.receivers.remove(r);
        Trace.send(t, r, ep, t.reg(Trap.A1));
        deliver(t, r, ep, cap.badge);
        if (call) {
            bindReply(t, r);
            Sched.switchTo(r);
        } else {
            t.setStatus(Abi.OK);
            Sched.makeReady(r);
        }
    }

    private static void queueSender(Thread t, Endpoint ep, long badge, boolean call) {
        t.state = Thread.BLOCKED_SEND;
        t.endpoint = ep;
        t.sendBadge = badge;
        t.call = call;
        ep.senders.push(t);
    }

    /**
     * recv through {@code cap} (an endpoint capability with RECEIVE), {@code capSlot} the empty slot for a
     * capability that may come with the message (-1: none accepted). A call left unanswered is abandoned
     * first: its caller gets DEAD (the thread has one answer to give at a time).
     */
    static void recv(Thread t, Cap cap, int capSlot) {
        abandonAnswer(t);
        Endpoint ep = cap.endpoint;
        t.recvCapSlot = capSlot;
        Thread s = ep.senders.head;
        if (s == null) {
            t.state = Thread.BLOCKED_RECV;
            t.endpoint = ep;
            ep.receivers.push(t);
            return;
        }
        ep.senders.remove(s);
        s.endpoint = null;
        deliver(s, t, ep, s.sendBadge);
        if (s.sendKind != Thread.MSG_REGISTERS) {
            s.sendKind = Thread.MSG_REGISTERS;
            s.state = Thread.INACTIVE; // a stopped thread's fault or exit message: delivered, it stays stopped
        } else if (s.call) {
            s.call = false;
            bindReply(s, t);
        } else {
            s.setStatus(Abi.OK);
            Sched.makeReady(s);
        }
    }

    /** A delivered call: the receiver now owes the caller an answer, and the caller waits for it. */
    private static void bindReply(Thread caller, Thread server) {
        Reply reply = caller.reply;
        reply.server = server;
        server.answer = reply;
        caller.state = Thread.BLOCKED_REPLY;
    }

    /**
     * reply: the answer goes to the caller of the call {@code t} received last (Syscall checked there is one),
     * which becomes runnable; the reply is used up. Returns the caller, whom {@code makeReady} has NOT queued:
     * the caller of this method decides (replyRecv switches to it directly).
     */
    static Thread reply(Thread t) {
        Reply reply = t.answer;
        Thread caller = reply.caller;
        t.answer = null;
        caller.reply = null;
        Trace.reply(t, caller, t.reg(Trap.A1));
        caller.sendKind = Thread.MSG_REGISTERS;
        deliver(t, caller, null, 0);
        Kernel.releaseReply(reply);
        return caller;
    }

    /** The server's loop in one trap: answer (if it owes an answer), then receive; the caller runs next if it can. */
    static void replyRecv(Thread t, Cap cap, int capSlot) {
        Thread caller = t.answer != null ? reply(t) : null;
        recv(t, cap, capSlot);
        if (caller == null) return;
        if (t.state == Thread.BLOCKED_RECV) {
            Sched.switchTo(caller);
        } else {
            Sched.makeReady(caller);
        }
    }

    private static void abandonAnswer(Thread t) {
        Reply reply = t.answer;
        if (reply == null) return;
        Thread caller = reply.caller;
        t.answer = null;
        caller.reply = null;
        Kernel.releaseReply(reply);
        caller.setStatus(Abi.E_DEAD);
        Sched.makeReady(caller);
    }

    /**
     * The message moves from {@code from} to {@code to}: label and register words, buffer bytes, at most one
     * capability (Syscall let the flag through only on an endpoint capability with GRANT; it arrives if the
     * receiver named a slot that is still empty), the badge.
     * A stopped thread's fault or exit message is built here from what the kernel recorded.
     */
    static void deliver(Thread from, Thread to, Endpoint ep, long badge) {
        long info;
        if (from.sendKind == Thread.MSG_REGISTERS) {
            info = from.reg(Trap.A1);
            copyWords(from.frame, to.frame, words(info));
            info = info & INFO_KEPT & ~(Abi.INFO_BUFFER_MASK << Abi.INFO_BUFFER_SHIFT)
                    | (long) copyBuffer(from, to, bufferBytes(info)) << Abi.INFO_BUFFER_SHIFT;
            if ((from.reg(Trap.A1) & Abi.INFO_CAP) != 0) info |= transferCap(from, to, capSlot(from.reg(Trap.A1)));
        } else {
            info = kernelMessage(from, to);
        }
        to.setStatus(Abi.OK);
        to.setReg(Trap.A1, info);
        to.setReg(Trap.T1, badge);
        to.endpoint = null;
        to.recvCapSlot = -1;
        if (ep != null) Trace.receive(to, from, ep, info);
    }

    /**
     * The first n message words (a2..a7, 0 <= n <= 6) from one trap frame to another. Two pointers and an end
     * compared as numbers (kernel addresses are below 2^63; lt computes a boolean first): five instructions a word,
     * where an offset from each frame took six and its bound more to set up. Small enough to be inlined into the fast
     * paths (a switch falling through the words is not, and its call costs more than it saves).
     */
    static void copyWords(Address from, Address to, int n) {
        Address s = from.plus(Trap.A2), d = to.plus(Trap.A2);
        for (long end = s.toLong() + 8 * n; s.toLong() < end; s = s.plus(8), d = d.plus(8))
            d.storeLong(0, s.loadLong(0));
    }

    /** Copies the buffer's first n bytes, exactly (copyBytes); returns n, or 0 when the receiver has no buffer. */
    private static int copyBuffer(Thread from, Thread to, int n) {
        if (n == 0 || to.ipcBuffer.isZero() || from.ipcBuffer.isZero()) return 0;
        copyBytes(from.ipcBuffer, to.ipcBuffer, n);
        return n;
    }

    /**
     * Copies bytes 0..n-1 of src to dst (0 < n <= 4096, both 4 KiB frames, so every doubleword named is mapped) and
     * leaves dst's bytes from n on as they were: the sender's bytes past its message may be what a third process
     * once sent it. Whole doublewords go four a turn while 32 bytes or more are left, then one a turn (the compiler
     * does not unroll loops, and a 4 KiB message spends most of its round trip here: four a turn take 11
     * instructions where one a turn took 6); the last 1..7 bytes are merged into dst's doubleword (little-endian:
     * the message's bytes are its low ones), one load of each and one store. One method: a call costs ~20.
     */
    static void copyBytes(Address src, Address dst, int n) {
        Address s = src, d = dst;
        for (Address end = src.plus(n & -32); s.lt(end); s = s.plus(32), d = d.plus(32)) {
            long w0 = s.loadLong(0), w1 = s.loadLong(8), w2 = s.loadLong(16), w3 = s.loadLong(24);
            d.storeLong(0, w0);
            d.storeLong(8, w1);
            d.storeLong(16, w2);
            d.storeLong(24, w3);
        }
        for (Address end = src.plus(n & -8); s.lt(end); s = s.plus(8), d = d.plus(8)) d.storeLong(0, s.loadLong(0));
        int tail = n & 7;
        if (tail == 0) return;
        long kept = -1L << (tail << 3); // dst's bytes tail..7
        d.storeLong(0, d.loadLong(0) & kept | s.loadLong(0) & ~kept);
    }

    /** Copies the sender's capability into the receiver's slot; the info bits saying so, or 0 if it cannot. */
    private static long transferCap(Thread from, Thread to, int fromSlot) {
        if (to.recvCapSlot < 0) return 0;
        Cap src = from.process.cspace.slot(fromSlot);
        Cap dst = to.process.cspace.slot(to.recvCapSlot);
        if (src.isEmpty() || !dst.isEmpty()) return 0;
        dst.copyFrom(src, Abi.RIGHTS_ALL, src.badge);
        Trace.cap(to.process, to.recvCapSlot);
        return Abi.INFO_CAP | (long) to.recvCapSlot << Abi.INFO_CAP_SLOT_SHIFT;
    }

    /** The words of a fault or exit message (Abi.LABEL_FAULT / LABEL_EXIT); returns its info. */
    private static long kernelMessage(Thread from, Thread to) {
        if (from.sendKind == Thread.MSG_FAULT) {
            to.setReg(Trap.A2, from.faultCause);
            to.setReg(Trap.A3, from.faultPc);
            to.setReg(Trap.A4, from.faultAddress);
            to.setReg(Trap.A5, from.id);
            to.setReg(Trap.A6, from.process.id);
            return (long) Abi.LABEL_FAULT << Abi.INFO_LABEL_SHIFT | 5;
        }
        to.setReg(Trap.A2, from.faultCause);
        to.setReg(Trap.A3, from.id);
        to.setReg(Trap.A4, from.process.id);
        return (long) Abi.LABEL_EXIT << Abi.INFO_LABEL_SHIFT | 3;
    }

    /**
     * A stopped thread's fault or exit message to its fault endpoint: delivered to a waiting receiver now, else
     * the thread waits in the endpoint's senders (stopped: it never runs again unless restarted).
     */
    static void sendKernelMessage(Thread t, int kind) {
        Endpoint ep = t.faultEndpoint;
        t.sendKind = kind;
        Thread r = ep.receivers.head;
        if (r == null) {
            queueSender(t, ep, t.faultBadge, false);
            return;
        }
        ep.receivers.remove(r);
        deliver(t, r, ep, t.faultBadge);
        t.sendKind = Thread.MSG_REGISTERS;
        t.state = Thread.INACTIVE;
        Sched.makeReady(r);
    }

    // ---- the fast path ------------------------------------------------------------------------------------

    /**
     * CALL's fast path: if the slot is an endpoint capability with SEND, the message is registers only (no reserved
     * bits, at most 6 words, no buffer, no capability), a server waits in recv, nothing ready has a higher priority
     * than it and a reply is free, the message goes straight into the server, which runs next, and it returns
     * {@link Syscall#FAST}. Otherwise it returns GENERAL having changed nothing, and the general way (which also reports errors) takes the
     * call. One method reading each register and capability once: this is half of every round trip.
     */
    static int fastCall(Thread t) {
        Address f = t.frame;
        Cap cap = t.process.cspace.slot(f.loadLong(Trap.A0));
        if (cap == null || cap.type != Abi.CAP_ENDPOINT || (cap.rights & Abi.RIGHT_SEND) == 0) return Syscall.GENERAL;
        long info = f.loadLong(Trap.A1);
        if (!registersOnly(info)) return Syscall.GENERAL;
        Endpoint ep = cap.endpoint;
        Thread r = ep.receivers.head;
        if (r == null) return Syscall.GENERAL;
        if (r.process.inKernel) { // called in place
            return KernelServers.fastCall(t, ep, r, cap.badge, info) ? Syscall.FAST : Syscall.GENERAL;
        }
        if (Sched.readyAbove(r.priority) || !Kernel.replyAvailable()) return Syscall.GENERAL;
        ep.receivers.pop(); // r, the head
        Address to = r.frame;
        copyWords(f, to, words(info));
        to.storeLong(Trap.A0, Abi.OK);
        to.storeLong(Trap.A1, info);
        to.storeLong(Trap.T1, cap.badge);
        r.endpoint = null;
        r.recvCapSlot = -1;
        Reply reply = Kernel.takeReply();
        reply.caller = t;
        t.reply = reply;
        bindReply(t, r);
        Sched.runNow(r);
        if (Trace.enabled) Trace.call(t, r, ep, info); // the only call on the way: a frame only when tracing
        return Syscall.FAST;
    }

    /** Info bits that rule the fast path out: a buffer, a capability, reserved bits. */
    static final long FAST_INFO_MASK = Abi.INFO_RESERVED | Abi.INFO_BUFFER_MASK << Abi.INFO_BUFFER_SHIFT | Abi.INFO_CAP;

    /**
     * A message the fast paths take: {@code (info & FAST_INFO_MASK) == 0 && words(info) <= MAX_WORDS}, in two tests
     * of the layout (IpcTest compares the two): bits 16..31 (buffer bytes, reserved) zero, and bits 0..3 (words, then
     * C) at most 6, that is C clear and at most six words. The mask alone is a 64-bit constant the compiler builds in
     * four instructions.
     */
    static boolean registersOnly(long info) {
        return (int) info >>> Abi.INFO_BUFFER_SHIFT == 0
                && (info & (Abi.INFO_CAP | Abi.INFO_WORDS_MASK)) <= Abi.MAX_WORDS;
    }

    /**
     * REPLY_RECV's fast path: if the slot is an endpoint capability with RECEIVE, the thread owes an answer, the
     * answer is registers only, no sender waits on the endpoint (so the thread will block) and nothing ready has a
     * higher priority than the caller, it answers, waits for the next message, runs the caller and returns FAST.
     * Otherwise it returns GENERAL having changed nothing (the general way takes it).
     */
    static int fastReplyRecv(Thread t) {
        Address f = t.frame;
        Cap cap = t.process.cspace.slot(f.loadLong(Trap.A0));
        if (cap == null || cap.type != Abi.CAP_ENDPOINT || (cap.rights & Abi.RIGHT_RECEIVE) == 0)
            return Syscall.GENERAL;
        Reply reply = t.answer;
        Endpoint ep = cap.endpoint;
        if (reply == null || !ep.senders.isEmpty()) return Syscall.GENERAL;
        long info = f.loadLong(Trap.A1);
        if (!registersOnly(info)) return Syscall.GENERAL;
        Thread caller = reply.caller;
        if (Sched.readyAbove(caller.priority)) return Syscall.GENERAL;
        Address to = caller.frame;
        copyWords(f, to, words(info));
        to.storeLong(Trap.A0, Abi.OK);
        to.storeLong(Trap.A1, info);
        to.storeLong(Trap.T1, 0);
        t.answer = null;
        caller.reply = null;
        Kernel.releaseReply(reply);
        t.recvCapSlot = -1;
        t.state = Thread.BLOCKED_RECV;
        t.endpoint = ep;
        ep.receivers.push(t);
        Sched.runNow(caller);
        if (Trace.enabled) Trace.reply(t, caller, info);
        return Syscall.FAST;
    }

    /**
     * NOTIFY's fast path: if the slot is a notification capability with SEND, the bits (a1 | badge) are not 0, a
     * thread waits on the word whose priority is above the caller's and nothing is ready at or above the waiter's
     * priority, the waiter takes the word and runs now, and the caller, preempted, goes back to the head of its
     * ready queue keeping its slice: what the general way and the scheduler would do, without either. Otherwise it
     * returns GENERAL having changed nothing (FAST when it took the call).
     */
    static int fastNotify(Thread t) {
        Address f = t.frame;
        Cap cap = t.process.cspace.slot(f.loadLong(Trap.A0));
        if (cap == null || cap.type != Abi.CAP_NOTIFICATION || (cap.rights & Abi.RIGHT_SEND) == 0)
            return Syscall.GENERAL;
        long bits = f.loadLong(Trap.A1) | cap.badge;
        Notification n = cap.notification;
        Thread w = n.waiters.head;
        if (bits == 0 || w == null || w.priority <= t.priority || Sched.readyFrom(w.priority)) return Syscall.GENERAL;
        n.waiters.remove(w);
        w.notification = null;
        Address to = w.frame;
        to.storeLong(Trap.A0, Abi.OK);
        to.storeLong(Trap.A1, n.word | bits); // the word is 0 while a thread waits (Notification's invariant)
        n.word = 0;
        f.storeLong(Trap.A0, Abi.OK);
        if (Trace.enabled) Trace.notify(t, w, n, bits);
        Sched.preempt(t, w);
        return Syscall.FAST;
    }

    /**
     * WAIT's fast path: if the slot is a notification capability with RECEIVE, its word is 0 (the caller blocks) and
     * another thread is ready, the caller waits and the highest ready thread runs now, as the scheduler would choose.
     * Otherwise it returns GENERAL having changed nothing (FAST when it took the call).
     */
    static int fastWait(Thread t) {
        Cap cap = t.process.cspace.slot(t.frame.loadLong(Trap.A0));
        if (cap == null || cap.type != Abi.CAP_NOTIFICATION || (cap.rights & Abi.RIGHT_RECEIVE) == 0)
            return Syscall.GENERAL;
        Notification n = cap.notification;
        if (n.word != 0 || !Sched.readyFrom(0)) return Syscall.GENERAL;
        t.state = Thread.BLOCKED_WAIT;
        t.notification = n;
        n.waiters.push(t);
        Sched.runHighest();
        return Syscall.FAST;
    }

    // ---- notifications ------------------------------------------------------------------------------------

    /**
     * notify: bits (non-zero, Syscall checked) join the word and the first waiter, if any, takes the whole
     * word. {@code actor} is the notifying thread, or null for an interrupt bound to the notification.
     */
    static void notify(Thread actor, Notification n, long bits) {
        n.word |= bits;
        Thread w = n.waiters.pop();
        Trace.notify(actor, w, n, bits);
        if (w == null) return;
        w.notification = null;
        take(w, n);
        Sched.makeReady(w);
    }

    /** wait (blocking while the word is zero) or poll (never blocking: a1 = 0 then). */
    static void waitOn(Thread t, Notification n, boolean blocking) {
        if (n.word != 0 || !blocking) {
            take(t, n);
            return;
        }
        t.state = Thread.BLOCKED_WAIT;
        t.notification = n;
        n.waiters.push(t);
    }

    private static void take(Thread t, Notification n) {
        t.setStatus(Abi.OK);
        t.setReg(Trap.A1, n.word);
        n.word = 0;
    }

    // ---- death ----------------------------------------------------------------------------------------

    /**
     * t stops for good or for a restart: out of every queue, its own call abandoned (the reply goes back to
     * the pool), and a caller waiting for t's answer gets DEAD.
     */
    static void detach(Thread t) {
        if (t.state == Thread.READY) Sched.unready(t);
        else ThreadQueue.leave(t);
        if (t == Sched.current) Sched.current = null;
        Reply own = t.reply;
        if (own != null) {
            if (own.server != null) own.server.answer = null;
            t.reply = null;
            Kernel.releaseReply(own);
        }
        abandonAnswer(t);
        t.endpoint = null;
        t.notification = null;
        t.call = false;
        t.sendKind = Thread.MSG_REGISTERS;
        t.recvCapSlot = -1;
        t.state = Thread.INACTIVE;
    }

    /** The senders waiting on the endpoints p serves get DEAD (p died or is being restarted). */
    static void failSenders(Process p) {
        for (int i = 0; i < Kernel.endpointsUsed; i++) {
            Endpoint ep = Kernel.endpoints[i];
            if (ep.server != p) continue;
            for (Thread s = ep.senders.head; s != null; s = ep.senders.head) {
                boolean normal = s.sendKind == Thread.MSG_REGISTERS;
                detach(s);
                if (normal) {
                    s.setStatus(Abi.E_DEAD);
                    Sched.makeReady(s);
                }
            }
        }
    }
}
