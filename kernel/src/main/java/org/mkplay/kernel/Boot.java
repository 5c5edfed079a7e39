package org.mkplay.kernel;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.Cpu;
import org.mkplay.vmmagic.Csr;

/**
 * The kernel's entry (docs/design.md §4, Boot). The image starts in M-mode at 0x8000_0000 with no firmware: M-mode
 * opens memory to S-mode, delegates traps and the timer, and drops to S-mode, where the kernel brings up
 * the console, the trap vector, its own page tables ({@link Vm}) and the clock, takes {@link #TICKS} timer
 * ticks and powers off.
 */
public final class Boot {
    private Boot() {}

    public static final String BANNER = "mkplay kernel: M-mode set-up done, running in S-mode";
    /** Timer period in units of time: 10 ms at QEMU virt's 10 MHz (1,000,000 instructions on our emulator). */
    static final long TICK_PERIOD = 100_000;

    static final int TICKS = 3;

    /** pmpaddr0 all ones with NAPOT: one region over the whole address space. */
    static final long PMP_ALL_MEMORY = -1L >>> 10;
    /** pmp0cfg: R, W, X (bits 0..2), A = NAPOT (3 in bits 3..4). */
    static final long PMP_NAPOT_RWX = 0x1f;
    /**
     * Every exception S-mode can raise goes to the kernel's own vector: there is no M-mode trap code, and
     * ecall from S has no M-mode service to reach. (Traps taken in M-mode cannot be delegated.)
     */
    static final long DELEGATED_EXCEPTIONS = 1L << Cause.INSTRUCTION_MISALIGNED
            | 1L << Cause.INSTRUCTION_ACCESS_FAULT
            | 1L << Cause.ILLEGAL_INSTRUCTION
            | 1L << Cause.BREAKPOINT
            | 1L << Cause.LOAD_MISALIGNED
            | 1L << Cause.LOAD_ACCESS_FAULT
            | 1L << Cause.STORE_MISALIGNED
            | 1L << Cause.STORE_ACCESS_FAULT
            | 1L << Cause.ECALL_FROM_U
            | 1L << Cause.ECALL_FROM_S
            | 1L << Cause.INSTRUCTION_PAGE_FAULT
            | 1L << Cause.LOAD_PAGE_FAULT
            | 1L << Cause.STORE_PAGE_FAULT;

    static final long DELEGATED_INTERRUPTS = IRQ_SSI | IRQ_STI | IRQ_SEI;

    public static void main(String[] args) {
        prepareMachineMode();
        Cpu.enterSupervisor();
        startSupervisor();
        if (UserBoot.loadAll() > 0) UserBoot.start(); // never returns: the processes run until the last exits
        runTicks(TICKS);
        Console.println("boot: " + TICKS + " ticks taken, powering off");
        Power.off(0);
    }

    /**
     * M-mode: PMP, delegation, and Sstc for S-mode (menvcfg.STCE; mcounteren.TM for time and stimecmp;
     * mcounteren.IR for instret, which {@link Trace} records carry).
     */
    static void prepareMachineMode() {
        Csr.write(PMPADDR0, PMP_ALL_MEMORY);
        Csr.write(PMPCFG0, PMP_NAPOT_RWX);
        Csr.write(MEDELEG, DELEGATED_EXCEPTIONS);
        Csr.write(MIDELEG, DELEGATED_INTERRUPTS);
        Csr.setBits(MENVCFG, MENVCFG_STCE);
        Csr.setBits(MCOUNTEREN, COUNTEREN_TM | COUNTEREN_IR);
    }

    /**
     * S-mode: the console first (so that a panic can be reported), the banner, the trap vector, then the kernel's
     * page tables (a fault while building them still reaches the panic report) and a line describing them.
     */
    static void startSupervisor() {
        Console.init();
        Console.println(BANNER);
        Traps.install();
        Vm.start();
        Console.println(Vm.describe());
    }

    /** Runs the clock with interrupts on, sleeping in wfi, until n ticks have been taken. */
    static void runTicks(int n) {
        Console.println("clock: Sstc, a tick every " + TICK_PERIOD + " time units");
        Clock.start(TICK_PERIOD);
        Csr.setBits(SSTATUS, STATUS_SIE);
        while (Clock.ticks() < n) {
            Cpu.wfi();
        }
        Csr.clearBits(SSTATUS, STATUS_SIE);
        Clock.stop();
    }
}
