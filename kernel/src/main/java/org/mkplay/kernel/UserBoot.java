package org.mkplay.kernel;

import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.Trap;

/**
 * Starts the user programs packed into the image ({@link UserImages}): one process each, with its own address
 * space (ASID i + 1), its image, stack and IPC buffer, and a trap frame prepared to enter U-mode at its entry.
 * <p>Until the kernel objects (Process, Thread, Sched, Syscall) take over, this class also runs them: round robin
 * in load order, preempted by the timer; DEBUG_PUTC, YIELD and EXIT, every other syscall BAD_SYSCALL; a fault ends
 * the process with a report line. Invariant: {@code current} is -1 before {@link #start}, else a live process's index.
 */
public final class UserBoot {
    private UserBoot() {}

    public static final int MAX_PROCESSES = 8;
    /** The time slice, in units of time (0.1 s on QEMU, 10^7 instructions on our emulator). */
    static final long SLICE = 1_000_000;

    private static final long[] satps = new long[MAX_PROCESSES];
    private static final String[] names = new String[MAX_PROCESSES];
    private static final boolean[] live = new boolean[MAX_PROCESSES];
    private static int count;
    private static int current = -1;

    /** Loads every packed program; one console line each. Returns how many were loaded. */
    public static int loadAll() {
        count = Math.min(UserImages.count(), MAX_PROCESSES);
        for (int i = 0; i < count; i++) load(i);
        return count;
    }

    private static void load(int i) {
        int before = Frames.used();
        long satp = Vm.newSpace(i + 1);
        long entry = satp == 0 ? Abi.E_NO_MEMORY : UserImages.load(i, satp);
        Address ipc = Address.zero();
        if (entry >= 0 && UserImages.mapStack(satp) == Abi.OK) ipc = UserImages.mapIpcBuffer(satp);
        names[i] = UserImages.name(i);
        if (ipc.isZero()) throw new IllegalStateException("user image " + names[i] + " cannot be loaded: " + entry);
        satps[i] = satp;
        live[i] = true;
        UserContext.init(Traps.threadFrame(i), entry, Abi.USER_STACK_TOP);
        Console.println("user: " + names[i] + " loaded, ASID " + (i + 1) + ", entry " + Console.hex(entry) + ", "
            + (Frames.used() - before) + " frames");
    }

    /** Enters U-mode: an ecall from S-mode, whose trap resumes the first process instead (never returns). */
    public static void start() {
        Clock.start(SLICE);
        Cpu.ecall(0, 0, 0, 0);
    }

    /** The trap of {@link #start}: the boot's frame is left behind for the first process's. */
    static Address first() {
        return switchTo(next(-1));
    }

    /** An ecall from U-mode: the syscall, then the frame to resume (the same or, after EXIT, the next process's). */
    static Address syscall(Address frame) {
        frame.storeLong(Trap.EPC, frame.loadLong(Trap.EPC) + 4);
        long number = frame.loadLong(Trap.T0);
        if (number == Abi.SYS_DEBUG_PUTC) {
            Console.putByte((int) frame.loadLong(Trap.A0) & 0xff);
            frame.storeLong(Trap.A0, Abi.OK);
        } else if (number == Abi.SYS_YIELD) {
            frame.storeLong(Trap.A0, Abi.OK);
            return switchTo(next(current));
        } else if (number == Abi.SYS_EXIT) {
            Console.println("user: " + names[current] + " exited with status " + frame.loadLong(Trap.A0));
            return end(current);
        } else {
            frame.storeLong(Trap.A0, Abi.E_BAD_SYSCALL);
        }
        return frame;
    }

    /** An exception from U-mode: the process is stopped, with a report line naming cause, pc and address. */
    static Address fault(Address frame, long scause, long stval) {
        String address = addressFault(scause) ? ", address " + Console.hex(stval) : "";
        Console.println("user: " + names[current] + " fault: " + Panic.causeName(scause) + " (scause " + Console.hex(scause)
            + ") at pc " + Console.hex(frame.loadLong(Trap.EPC)) + address);
        return end(current);
    }

    /**
     * Causes for which the specification makes stval the faulting address (misaligned, access and page faults);
     * for the others (ebreak, an illegal instruction) it may be 0 or something else, and QEMU and our emulator differ.
     */
    static boolean addressFault(long scause) {
        return scause == Trap.INSTRUCTION_MISALIGNED || scause == Trap.INSTRUCTION_ACCESS_FAULT
            || scause >= Trap.LOAD_MISALIGNED && scause <= Trap.STORE_ACCESS_FAULT
            || scause == Trap.INSTRUCTION_PAGE_FAULT || scause == Trap.LOAD_PAGE_FAULT || scause == Trap.STORE_PAGE_FAULT;
    }

    /** The timer interrupted a process: the next one runs (round robin). */
    static Address preempt() {
        Clock.rearm();
        return switchTo(next(current));
    }

    private static Address end(int process) {
        live[process] = false;
        Vm.activate(Vm.satp(Vm.root()));
        Vm.freeSpace(satps[process]);
        int next = next(process);
        if (next < 0) {
            Console.println("user: all processes exited, " + Frames.used() + " frames in use");
            Power.off(0);
        }
        return switchTo(next);
    }

    /** The next live process after after (round robin), or -1 if none is live. */
    private static int next(int after) {
        for (int k = 1; k <= count; k++) {
            int i = (after + k + count) % count;
            if (live[i]) return i;
        }
        return -1;
    }

    private static Address switchTo(int process) {
        if (process != current) Vm.activate(satps[process]);
        current = process;
        return Traps.threadFrame(process);
    }

    /** Whether the trap came from U-mode (sstatus.SPP, saved in the frame, is 0). */
    static boolean fromUser(Address frame) {
        return (frame.loadLong(Trap.STATUS) & Csr.STATUS_SPP) == 0;
    }
}
