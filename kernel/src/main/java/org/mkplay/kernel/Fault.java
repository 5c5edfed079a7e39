package org.mkplay.kernel;

import org.mkplay.vmmagic.Abi;

/**
 * A user thread's fault (page fault, illegal instruction, misaligned access, a compiled check's trap) and its
 * exit. The thread stops; what the kernel recorded (cause, pc, address, or the exit status) becomes a message
 * to its fault endpoint (label Abi.LABEL_FAULT or LABEL_EXIT, words in Abi's order), which is how a supervisor
 * learns of it; without a fault endpoint the kernel prints one line on the console. Either way the callers
 * waiting for the thread's answer and the senders queued on the endpoints its process serves get DEAD.
 */
public final class Fault {
    private Fault() {}

    /** The running thread t took exception {@code cause} at {@code pc} (stval {@code address}). */
    public static void deliver(Thread t, long cause, long pc, long address) {
        t.faultCause = cause;
        t.faultPc = pc;
        t.faultAddress = address;
        Trace.fault(t, cause, pc, address);
        stop(t, Thread.MSG_FAULT, cause);
    }

    /** SYS_EXIT: the running thread t ends its process with {@code status}. */
    static void exit(Thread t, long status) {
        t.faultCause = status;
        Trace.exit(t, status);
        stop(t, Thread.MSG_EXIT, status);
    }

    /** Processes stopped so far (by a fault or an exit): whoever frees their memory looks only when it grew. */
    static long stops;

    private static void stop(Thread t, int kind, long status) {
        stops++;
        Process p = t.process;
        p.state = Process.STOPPED;
        p.exitStatus = status;
        Ipc.detach(t);
        Ipc.failSenders(p);
        if (t.faultEndpoint != null) {
            Ipc.sendKernelMessage(t, kind);
        } else {
            report(t, kind);
        }
    }

    /** No supervisor: "fault: thread 3 (process 2) cause 0xd pc 0x40000124 address 0x0", or "exit: ...". */
    private static void report(Thread t, int kind) {
        Console.print(kind == Thread.MSG_FAULT ? "fault: thread " : "exit: thread ");
        Console.printDecimal(t.id);
        Console.print(" (process ");
        Console.printDecimal(t.process.id);
        if (kind == Thread.MSG_FAULT) {
            Console.print(") cause ");
            Console.printHex(t.faultCause);
            Console.print(" pc ");
            Console.printHex(t.faultPc);
            Console.print(" address ");
            Console.printHex(t.faultAddress);
        } else {
            Console.print(") status ");
            Console.printDecimal(t.faultCause);
        }
        Console.putByte('\n');
    }

    /** SYS_SPAWN: a process never started begins at its entry. */
    static void spawn(Thread actor, Process p) {
        Trace.lifecycle(Trace.SPAWN, actor, p);
        start(p);
    }

    /** SYS_KILL: p stops for good; its waiting callers and queued senders get DEAD. */
    static void kill(Thread actor, Process p) {
        Trace.lifecycle(Trace.KILL, actor, p);
        Ipc.detach(p.thread);
        Ipc.failSenders(p);
        p.state = Process.KILLED;
    }

    /**
     * SYS_RESTART: kill, then start afresh at the entry (same capabilities; a new generation). A process loaded
     * from a packed image gets its data and heap back as the image has them; the text never changed. The senders
     * queued on its endpoints get DEAD if it was running; if it was stopped, those were failed at the stop, and the
     * ones queued since then (calls made while its supervisor decided) wait for the new instance.
     */
    static void restart(Thread actor, Process p) {
        boolean wasStopped = p.state == Process.STOPPED;
        Ipc.detach(p.thread);
        if (!wasStopped) Ipc.failSenders(p);
        if (p.image >= 0 && p.satp != 0) UserImages.reload(p.image, p.satp, p.inKernel);
        p.generation++;
        Trace.lifecycle(Trace.RESTART, actor, p);
        start(p);
    }

    private static void start(Process p) {
        Thread t = p.thread;
        Kernel.resetRegisters(t);
        t.sliceLeft = 0;
        p.state = Process.RUNNING;
        Sched.makeReady(t);
    }

    /** The process a PROCESS capability names can be spawned (never started) — else E_BAD_ARGUMENT. */
    static int checkSpawn(Process p) {
        return p.state == Process.NEW ? Abi.OK : Abi.E_BAD_ARGUMENT;
    }
}
