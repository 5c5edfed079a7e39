package org.mkplay.mk;

import org.mkplay.rt.Syscall;
import org.mkplay.vmmagic.Abi;

/**
 * The kernel's IPC for user programs (docs/kernel.md, "IPC"; docs/mk-api.md). Each method is one system call and
 * returns its status: 0 (Abi.OK) or a negative error code (Abi.E_DEAD when the peer died, ...). Nothing allocates.
 * The arguments go in registers (Syscall.invoke(number, a0, ..)); a message's words are put into a register block
 * by Message.toRegisters, which the block form of Syscall.invoke passes.
 */
public final class Ipc {
    private Ipc() {}

    private static final long[] regs = new long[Syscall.REGISTERS];

    /** Sends m through endpoint ep and waits for the answer, which replaces m's contents (m.status() too). */
    public static long call(Cap ep, Message m) {
        return exchange(Abi.SYS_CALL, ep, m, m);
    }

    /** Sends m, waiting until a receiver takes it. */
    public static long send(Cap ep, Message m) {
        return exchange(Abi.SYS_SEND, ep, m, null);
    }

    /** Sends m only if a receiver waits now (else Abi.E_WOULD_BLOCK). */
    public static long trySend(Cap ep, Message m) {
        return exchange(Abi.SYS_NBSEND, ep, m, null);
    }

    /** Waits for a message on ep (RECEIVE); into is the message, into.badge() names the sender. */
    public static long recv(Cap ep, Message into) {
        return finish(Syscall.invoke(Abi.SYS_RECV, ep.slot, 0, 0, 0, regs), into);
    }

    /** Answers the last call received. */
    public static long reply(Message answer) {
        regs[0] = 0;
        answer.toRegisters(regs);
        return Syscall.invoke(Abi.SYS_REPLY, regs);
    }

    /** Answers the last call received (if one is owed), then waits for the next message on ep, into next. */
    public static long replyRecv(Cap ep, Message answer, Message next) {
        regs[0] = ep.slot;
        answer.toRegisters(regs);
        return finish(Syscall.invoke(Abi.SYS_REPLY_RECV, regs), next);
    }

    /** ORs bits into the notification (and the capability's badge). */
    public static long notify(Cap n, long bits) {
        return Syscall.invoke(Abi.SYS_NOTIFY, n.slot, bits);
    }

    /** Waits until the notification's word is non-zero, takes and clears it; returns the bits (or a negative error). */
    public static long waitFor(Cap n) {
        long status = Syscall.invoke(Abi.SYS_WAIT, n.slot, 0, 0, 0, regs);
        return status < 0 ? status : regs[1];
    }

    /** The notification's word, taken and cleared, without waiting (0 if none). */
    public static long poll(Cap n) {
        long status = Syscall.invoke(Abi.SYS_POLL, n.slot, 0, 0, 0, regs);
        return status < 0 ? status : regs[1];
    }

    /** Any other system call of the kernel's table with arguments a0..a2 (a3..a7 zero); returns a0. */
    public static long syscall(int number, long a0, long a1, long a2) {
        return syscall(number, a0, a1, a2, 0);
    }

    /**
     * Any other system call with arguments a0..a3 (a4..a7 zero: a register left over from an earlier message must
     * not become an argument, such as CAP_COPY's badge in a3); returns a0.
     */
    public static long syscall(int number, long a0, long a1, long a2, long a3) {
        return Syscall.invoke(number, a0, a1, a2, a3); // in registers: a4..a7 are 0
    }

    private static long exchange(int number, Cap ep, Message out, Message in) {
        regs[0] = ep.slot;
        out.toRegisters(regs);
        long status = Syscall.invoke(number, regs);
        if (in == null) {
            out.failed(status);
            return status;
        }
        return finish(status, in);
    }

    private static long finish(long status, Message into) {
        regs[0] = status;
        into.fromRegisters(regs);
        return status;
    }

    /** The name of an error code (for messages). */
    public static String error(long status) {
        switch ((int) status) {
            case Abi.OK: return "OK";
            case Abi.E_BAD_SYSCALL: return "BAD_SYSCALL";
            case Abi.E_BAD_SLOT: return "BAD_SLOT";
            case Abi.E_WRONG_TYPE: return "WRONG_TYPE";
            case Abi.E_NO_RIGHTS: return "NO_RIGHTS";
            case Abi.E_BAD_POINTER: return "BAD_POINTER";
            case Abi.E_TOO_LONG: return "TOO_LONG";
            case Abi.E_DEAD: return "DEAD";
            case Abi.E_WOULD_BLOCK: return "WOULD_BLOCK";
            case Abi.E_NO_MEMORY: return "NO_MEMORY";
            case Abi.E_BAD_ARGUMENT: return "BAD_ARGUMENT";
            default: return "error " + status;
        }
    }
}
