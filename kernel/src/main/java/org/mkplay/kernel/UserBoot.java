package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Trap;

/**
 * Starts the user programs packed into the image ({@link UserImages}) and keeps the trap path's way back to user
 * space. Each program becomes a process (Kernel.newProcess) with its own address space (ASID = process id + 1),
 * its image, stack and IPC buffer, and the endpoint capabilities its packed entry grants; then every process is
 * started and the boot enters user space through an ecall ({@link #start}).
 */
public final class UserBoot {
    private UserBoot() {}

    /** The scheduler's tick, in units of time: 0.1 s on QEMU, 10^7 instructions on our emulator. */
    static final long TICK = 1_000_000;

    /** Loads every packed program as a process and starts those not held for a supervisor; one console line each. */
    public static int loadAll() {
        int n = UserImages.count();
        if (n == 0) return 0;
        Kernel.init();
        Trace.probe(); // after init, which resets the trace; before the first record (each start is a SPAWN)
        Syscall.memory = new VmMemory();
        Process[] processes = new Process[n];
        for (int i = 0; i < n; i++) processes[i] = load(i);
        grantAll(processes);
        for (int i = 0; i < n; i++) if (!UserImages.held(i)) Kernel.start(processes[i]);
        return n;
    }

    private static Process load(int i) {
        int before = Frames.used();
        int asid = Kernel.processesUsed() + 1;
        if (UserImages.inKernel(i)) {
            Process p = KernelServers.load(i, asid);
            Console.println("kernel: " + UserImages.name(i) + " is process " + p.id + ", in the kernel, priority "
                    + UserImages.priority(i) + ", entry " + Console.hex(p.entry) + ", " + (Frames.used() - before)
                    + " frames");
            return p;
        }
        long satp = Vm.newSpace(asid);
        long entry = satp == 0 ? Abi.E_NO_MEMORY : UserImages.load(i, satp);
        Address ipc = Address.zero();
        if (entry >= 0 && UserImages.mapStack(satp) == Abi.OK) ipc = UserImages.mapIpcBuffer(satp);
        if (ipc.isZero()) Panic.halt("boot: user program " + UserImages.name(i) + " cannot be loaded (" + entry + ")");
        Process p = Kernel.newProcess(UserImages.priority(i), entry, Abi.USER_STACK_TOP, ipc);
        p.satp = satp;
        p.image = i;
        Console.println("user: " + UserImages.name(i) + " is process " + p.id + ", ASID " + asid + ", priority "
                + UserImages.priority(i) + ", entry " + Console.hex(entry) + ", " + (Frames.used() - before)
                + " frames");
        return p;
    }

    /**
     * The capabilities of the packed entries (UserImages.grantKind): endpoint k is created when first named, its
     * server being the process granted RECEIVE on it; notification k likewise; an IRQ capability maps the PLIC
     * the first time; a device frame is the UART's page; a process capability names program k; a fault grant makes
     * endpoint k, with the badge, the thread's fault endpoint; shared page k is a RAM frame made when first named.
     */
    private static void grantAll(Process[] processes) {
        Endpoint[] endpoints = new Endpoint[UserImages.MAX_ENDPOINTS];
        Notification[] notifications = new Notification[UserImages.MAX_ENDPOINTS];
        Frame[] pages = new Frame[UserImages.MAX_ENDPOINTS];
        for (int i = 0; i < processes.length; i++) {
            for (int k = 0; k < UserImages.MAX_GRANTS; k++) {
                long g = UserImages.grant(i, k);
                if (g != 0) grant(processes, processes[i], g, endpoints, notifications, pages);
            }
        }
    }

    /** Shared page {@code number} (grant kind KIND_PAGE): a zeroed RAM frame, made when first named. */
    private static Frame page(Frame[] pages, int number) {
        if (pages[number] == null) {
            Address physical = Frames.allocate();
            if (physical.isZero()) Panic.halt("boot: no frame left for a shared page");
            pages[number] = Kernel.newFrame(physical);
        }
        return pages[number];
    }

    private static void grant(
            Process[] processes, Process p, long g, Endpoint[] endpoints, Notification[] notifications, Frame[] pages) {
        int slot = UserImages.grantSlot(g), number = UserImages.grantEndpoint(g), rights = UserImages.grantRights(g);
        long badge = UserImages.grantBadge(g);
        int kind = UserImages.grantKind(g);
        if (kind == UserImages.KIND_NOTIFICATION) {
            if (notifications[number] == null) notifications[number] = Kernel.newNotification();
            p.cspace.installNotification(slot, notifications[number], rights, badge);
        } else if (kind == UserImages.KIND_IRQ) {
            if (!plicMapped && number != Abi.IRQ_TICK) {
                Plic.init();
                plicMapped = true;
            }
            p.cspace.installIrq(slot, Kernel.irq(number));
        } else if (kind == UserImages.KIND_DEVICE) {
            p.cspace.installFrame(slot, Kernel.newFrame(Address.fromLong(Abi.DEVICE_UART)), rights);
        } else if (kind == UserImages.KIND_PAGE) {
            p.cspace.installFrame(slot, page(pages, number), rights);
        } else if (kind == UserImages.KIND_PROCESS) {
            if (number >= processes.length) Panic.halt("boot: a process capability for no program");
            p.cspace.installProcess(slot, processes[number], rights);
        } else {
            if (endpoints[number] == null) endpoints[number] = Kernel.newEndpoint(serverOf(processes, number));
            if (kind == UserImages.KIND_FAULT) {
                p.thread.faultEndpoint = endpoints[number];
                p.thread.faultBadge = badge;
                return; // no slot: nothing to trace
            }
            p.cspace.installEndpoint(slot, endpoints[number], rights, badge);
        }
        Trace.cap(p, slot);
    }

    /** Whether the boot mapped the PLIC (the first IRQ capability does). */
    private static boolean plicMapped;

    private static Process serverOf(Process[] processes, int endpoint) {
        for (int i = 0; i < processes.length; i++) {
            for (int k = 0; k < UserImages.MAX_GRANTS; k++) {
                long g = UserImages.grant(i, k);
                if (g != 0
                        && UserImages.grantKind(g) == UserImages.KIND_ENDPOINT
                        && UserImages.grantEndpoint(g) == endpoint
                        && (UserImages.grantRights(g) & Abi.RIGHT_RECEIVE) != 0) {
                    return processes[i];
                }
            }
        }
        return null;
    }

    /** Enters user space: the clock starts, then an ecall from S-mode whose trap resumes the first thread. */
    public static void start() {
        Clock.start(TICK);
        Cpu.ecall(0, 0, 0, 0);
    }

    /**
     * The way back to user space after every trap: a process that ended without a supervisor gives back its
     * address space; if no thread can ever run again (none is ready, and none waits on a notification an
     * interrupt is bound to) the kernel powers off; else the scheduler's choice.
     */
    static Address resume() {
        if (KernelServers.entering) return KernelServers.enter(); // a call to a kernel-placed server: run it now
        if (Fault.stops != stopsSeen) freeEnded(); // between stops there is nothing to free (the common case)
        Thread next = Sched.pick();
        if (next == null) return idle();
        return Sched.activate(next); // what Kernel.resume does when a thread is ready (the common case, kept short)
    }

    /** Nothing is ready: power off if nothing ever can be again, else idle until an interrupt readies a thread. */
    private static Address idle() {
        if (Sched.highestReady() < 0 && !Kernel.interruptMayWake()) {
            Console.println("kernel: no thread can run, " + Frames.used() + " frames in use, powering off");
            Power.off(0);
        }
        return Kernel.resume();
    }

    /** Fault.stops when freeEnded last looked: between stops there is nothing to free (the common case). */
    private static long stopsSeen;

    /** Frees the address spaces of processes that stopped with no fault endpoint (nobody can restart them). */
    private static void freeEnded() {
        stopsSeen = Fault.stops;
        for (int i = 0; i < Kernel.processesUsed(); i++) {
            Process p = Kernel.process(i);
            if (p.state != Process.STOPPED || p.satp == 0 || p.thread.faultEndpoint != null) continue;
            // (a kernel-placed process's space holds no user page; its window pages stay: kernel memory)
            Sched.leaveSpace(p.satp);
            Vm.freeSpace(p.satp);
            p.satp = 0;
        }
    }

    /** Whether the trap came from U-mode (sstatus.SPP, saved in the frame, is 0). */
    static boolean fromUser(Address frame) {
        return (frame.loadLong(Trap.STATUS) & STATUS_SPP) == 0;
    }

    /**
     * stval as the kernel reports it: the faulting address where the specification defines it (misaligned
     * accesses, access and page faults), else 0 (for ebreak or an illegal instruction it is implementation-defined,
     * and QEMU and our emulator differ).
     */
    static long faultAddress(long scause, long stval) {
        boolean address = scause == Cause.INSTRUCTION_MISALIGNED
                || scause == Cause.INSTRUCTION_ACCESS_FAULT
                || scause >= Cause.LOAD_MISALIGNED && scause <= Cause.STORE_ACCESS_FAULT
                || scause == Cause.INSTRUCTION_PAGE_FAULT
                || scause == Cause.LOAD_PAGE_FAULT
                || scause == Cause.STORE_PAGE_FAULT;
        return address ? stval : 0;
    }
}
