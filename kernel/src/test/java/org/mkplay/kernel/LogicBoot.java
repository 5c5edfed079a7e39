package org.mkplay.kernel;

import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Trap;

/**
 * A test image's entry: the kernel's objects and logic compiled by our toolchain, driven in S-mode as the trap
 * path would drive them (registers into a thread's frame, {@link Syscall#handle}, the scheduler's choice), with
 * a line per step. {@code LogicImageTest} requires the same transcript on the JVM, on our emulator and on QEMU:
 * the compiled kernel logic behaves as the Java it was compiled from. No U-mode is involved.
 */
public final class LogicBoot {
    private LogicBoot() {}

    static final long BUFFERS = 0x8600_0000L;
    static final int FUZZ_CALLS = 1000;
    private static long seed = 0x9E3779B97F4A7C15L;

    public static void main(String[] args) {
        Boot.prepareMachineMode();
        Cpu.enterSupervisor();
        Console.init();
        Traps.install();
        Kernel.init();
        Process server = process(2, 0), client = process(1, 1), sup = process(3, 2);
        Endpoint ep = Kernel.newEndpoint(server), faults = Kernel.newEndpoint(sup);
        Notification n = Kernel.newNotification();
        server.cspace.installEndpoint(0, ep, Abi.RIGHT_RECEIVE, 0);
        client.cspace.installEndpoint(0, ep, Abi.RIGHT_SEND | Abi.RIGHT_GRANT, 0x42);
        client.cspace.installNotification(1, n, Abi.RIGHT_SEND, 0x100);
        server.cspace.installNotification(1, n, Abi.RIGHT_RECEIVE, 0);
        sup.cspace.installEndpoint(0, faults, Abi.RIGHT_RECEIVE, 0);
        sup.cspace.installProcess(1, client, Abi.RIGHT_CONTROL);
        client.thread.faultEndpoint = faults;
        Kernel.start(server);
        Kernel.start(client);
        Sched.reschedule();
        ipc(server.thread, client.thread);
        errors(client.thread);
        notifyAndFault(server.thread, client.thread, sup.thread);
        fuzz(server.thread, client.thread);
        Console.println("logic: done");
        Power.off(0);
    }

    private static Process process(int priority, int buffer) {
        return Kernel.newProcess(
                priority, Abi.USER_BASE, Abi.USER_STACK_TOP, Address.fromLong(BUFFERS + 4096L * buffer));
    }

    /** One syscall by the running thread t; the scheduler then chooses. Prints "name: a0 a1 t1 -> running". */
    static long sys(String name, Thread t, int number, long a0, long a1, long w0, long w1) {
        t.setReg(Trap.T0, number);
        t.setReg(Trap.A0, a0);
        t.setReg(Trap.A1, a1);
        t.setReg(Trap.A2, w0);
        t.setReg(Trap.A3, w1);
        Syscall.handle(t);
        Sched.reschedule();
        if (name != null) {
            Console.print(name);
            Console.print(": a0 ");
            Console.printDecimal(t.reg(Trap.A0));
            Console.print(" -> thread ");
            Console.printDecimal(Sched.current() == null ? -1 : Sched.current().id);
            Console.putByte('\n');
        }
        return t.reg(Trap.A0);
    }

    static void show(String what, Thread t) {
        Console.print(what);
        Console.print(": info ");
        Console.printHex(t.reg(Trap.A1));
        Console.print(" words ");
        Console.printDecimal(t.reg(Trap.A2));
        Console.print(" ");
        Console.printDecimal(t.reg(Trap.A3));
        Console.print(" badge ");
        Console.printHex(t.reg(Trap.T1));
        Console.putByte('\n');
    }

    private static void ipc(Thread s, Thread c) {
        sys("server recv", s, Abi.SYS_RECV, 0, 0, 0, 0);
        sys("client call", c, Abi.SYS_CALL, 0, 7L << 32 | 2, 10, 20);
        show("server got", s);
        sys("server replyRecv", s, Abi.SYS_REPLY_RECV, 0, 8L << 32 | 1, 99, 0);
        show("client got", c);
        for (int i = 0; i < 4096; i += 8) c.ipcBuffer.storeLong(i, i * 3L);
        sys("client call 4 KiB", c, Abi.SYS_CALL, 0, 9L << 32 | 4096L << 16, 0, 0);
        long sum = 0;
        for (int i = 0; i < 4096; i += 8) sum += s.ipcBuffer.loadLong(i);
        show("server got", s);
        Console.print("buffer sum ");
        Console.printDecimal(sum);
        Console.putByte('\n');
        sys("server replyRecv", s, Abi.SYS_REPLY_RECV, 0, 0, 0, 0);
    }

    private static void errors(Thread c) {
        sys("bad number", c, 0, 0, 0, 0, 0);
        sys("bad slot", c, Abi.SYS_SEND, 63, 0, 0, 0);
        sys("wrong type", c, Abi.SYS_SEND, 1, 0, 0, 0);
        sys("no rights", c, Abi.SYS_RECV, 0, 0, 0, 0);
        sys("too long", c, Abi.SYS_SEND, 0, 7, 0, 0);
        sys("bad argument", c, Abi.SYS_CAP_COPY, 0, 1, 0, 0);
        sys("putc", c, Abi.SYS_DEBUG_PUTC, '\n', 0, 0, 0);
    }

    private static void notifyAndFault(Thread s, Thread c, Thread sup) {
        sys("client notify", c, Abi.SYS_NOTIFY, 1, 3, 0, 0);
        Console.print("word ");
        Console.printHex(Kernel.notification(0).word());
        Console.putByte('\n');
        Kernel.start(sup.process);
        Sched.reschedule();
        sys("supervisor recv", sup, Abi.SYS_RECV, 0, 0, 0, 0);
        Fault.deliver(c, Cause.LOAD_PAGE_FAULT, 0x4000_0124L, 0x10);
        Sched.reschedule();
        show("supervisor got", sup);
        sys("supervisor restart", sup, Abi.SYS_RESTART, 1, 0, 0, 0);
        sys("supervisor recv", sup, Abi.SYS_RECV, 0, 0, 0, 0);
    }

    /** A few thousand random syscalls (xorshift): a checksum of the statuses, the invariants, the pools. */
    private static void fuzz(Thread s, Thread c) {
        long sum = 0;
        for (int i = 0; i < FUZZ_CALLS; i++) {
            Thread t = Sched.current();
            if (t == null) {
                Fault.restart(null, (next() & 1) == 0 ? s.process : c.process);
                Sched.reschedule();
                continue;
            }
            int number = (int) (next() % 21);
            if (number == Abi.SYS_DEBUG_PUTC || number == Abi.SYS_EXIT)
                number = Abi.SYS_YIELD; // keep the console quiet
            sum = sum * 31
                    + sys(
                            null,
                            t,
                            number,
                            next() % 4,
                            next() % 3 == 0 ? next() : 1L << 32 | next() % 8,
                            next(),
                            next());
            String broken = Kernel.checkInvariants();
            if (broken != null) Panic.halt(broken);
        }
        Console.print("fuzz: checksum ");
        Console.printHex(sum);
        Console.print(", replies in use ");
        Console.printDecimal(Kernel.repliesInUse());
        Console.putByte('\n');
    }

    private static long next() {
        seed ^= seed << 13;
        seed ^= seed >>> 7;
        seed ^= seed << 17;
        return seed >>> 1;
    }
}
