package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import org.mkplay.vmmagic.Abi;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Trap;
import org.mkplay.vmmagic.host.HostMachine;

/**
 * The test kit for the kernel's objects and logic on the simulated board: fresh pools, processes with IPC
 * buffers in (simulated) RAM, a model of the address spaces for MAP/UNMAP, and {@link #sys}, which issues a
 * syscall as the running thread's ecall would (registers into its frame, {@link Syscall#handle}, then the
 * scheduler's choice) and checks every kernel invariant afterwards.
 */
final class KernelRig {
    /** IPC buffers of the test processes: one 4 KiB frame each from here (below the kernel's regions). */
    static final long BUFFERS = 0x8600_0000L;

    static final long ENTRY = Abi.USER_BASE;

    final MemoryModel memory = new MemoryModel();
    private int buffers;

    KernelRig() {
        enterSupervisor();
        Traps.install();
        Kernel.init();
        Syscall.memory = memory;
    }

    /** The hart as the boot glue leaves it for the kernel: the M-mode set-up done, then in S-mode. */
    static void enterSupervisor() {
        Boot.prepareMachineMode();
        Cpu.enterSupervisor();
    }

    /**
     * Vm started on a small kernel image (16 KiB of text, 2 KiB of data, from the start of RAM) with empty frame
     * pools, and one fresh user address space (ASID 1): its satp. For the tests of user memory that need no process.
     */
    static long oneUserSpace(HostMachine machine) {
        Frames.reset();
        machine.setImage(0x8000_0000L, 0x8000_4000L, 0x8000_4000L, 0x8000_4800L);
        Vm.start();
        return Vm.newSpace(1);
    }

    /** A process (not yet started) with one thread of this priority and an IPC buffer. */
    Process process(int priority) {
        Address buffer = Address.fromLong(BUFFERS + 4096L * buffers++);
        return Kernel.newProcess(priority, ENTRY, Abi.USER_STACK_TOP, buffer);
    }

    /** Starts p (as a supervisor's SPAWN would) and lets the scheduler choose. */
    Thread start(Process p) {
        Fault.spawn(null, p);
        Sched.reschedule();
        check();
        return p.thread;
    }

    /** Processes of these priorities, started in order. */
    Thread[] threads(int... priorities) {
        Thread[] ts = new Thread[priorities.length];
        for (int i = 0; i < ts.length; i++) ts[i] = start(process(priorities[i])).process.thread;
        return ts;
    }

    /** Whether a fast path took the last {@link #sys} (what {@link Syscall#handle} returned). */
    boolean fast;

    /**
     * t (which must be running) makes syscall {@code number} with a0, a1 and message words a2..; returns a0
     * afterwards (the status, unless t blocked: then whatever a0 held).
     */
    long sys(Thread t, int number, long a0, long a1, long... words) {
        assertSame(t, Sched.current(), "thread " + t.id + " is not the one running");
        t.setReg(Trap.T0, number);
        t.setReg(Trap.A0, a0);
        t.setReg(Trap.A1, a1);
        for (int i = 0; i < words.length; i++) t.setReg(Trap.A2 + 8 * i, words[i]);
        long pc = t.reg(Trap.EPC);
        boolean direct = Syscall.handle(t);
        fast = direct;
        assertEquals(pc + 4, t.reg(Trap.EPC), "sepc moves past the ecall");
        Thread chosen = Sched.current();
        Sched.reschedule();
        if (direct)
            assertSame(chosen, Sched.current(), "the fast path's choice is the scheduler's (Kernel.resumeDirect)");
        check();
        return t.reg(Trap.A0);
    }

    static long info(long label, int words) {
        return label << Abi.INFO_LABEL_SHIFT | words;
    }

    static long info(long label, int words, int bufferBytes) {
        return info(label, words) | (long) bufferBytes << Abi.INFO_BUFFER_SHIFT;
    }

    static long withCap(long info, int slot) {
        return info | Abi.INFO_CAP | (long) slot << Abi.INFO_CAP_SLOT_SHIFT;
    }

    static long word(Thread t, int i) {
        return t.reg(Trap.A2 + 8 * i);
    }

    static void check() {
        assertNull(Kernel.checkInvariants());
    }

    /** MAP/UNMAP against a table of (process, page) → frame, with a limit on how many pages may be mapped. */
    static final class MemoryModel implements UserMemory {
        final Map<String, Long> pages = new HashMap<>();
        int limit = 1_000;

        @Override
        public int check(Process p, long va) {
            if (pages.containsKey(p.id + ":" + va)) return Abi.E_BAD_ARGUMENT;
            return pages.size() < limit ? Abi.OK : Abi.E_NO_MEMORY;
        }

        @Override
        public void map(Process p, long va, Address pa, int rights) {
            if (pages.put(p.id + ":" + va, pa.toLong()) != null) throw new AssertionError("mapped twice: " + va);
        }

        @Override
        public void unmap(Process p, long va) {
            if (pages.remove(p.id + ":" + va) == null) throw new AssertionError("unmapped what was not mapped: " + va);
        }
    }
}
