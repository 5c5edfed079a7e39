package org.mkplay.vmmagic;

import org.mkplay.vmmagic.host.HostMachine;

/**
 * Single instructions with no Java equivalent (kernel profile only). Each compiles to the instruction named
 * in its comment; on the JVM it acts on {@link HostMachine#current()} (counted, or simulated as described).
 */
public final class Cpu {
    private Cpu() {}

    /** {@code fence iorw, iorw}: orders all earlier memory and I/O accesses before all later ones. */
    public static void fence() {
        HostMachine.current().fence();
    }

    /** {@code fence.i}: later instruction fetches see earlier stores (after writing code). */
    public static void fenceI() {
        HostMachine.current().fenceI();
    }

    /** {@code sfence.vma zero, zero}: flushes all address translations (all address spaces). */
    public static void sfenceVma() {
        HostMachine.current().sfenceVma(0, 0, true, true);
    }

    /** {@code sfence.vma va, asid}: flushes the translations of one page in one address space. */
    public static void sfenceVma(Address va, int asid) {
        HostMachine.current().sfenceVma(va.toLong(), asid, false, false);
    }

    /** {@code wfi}: waits for an interrupt (the JVM simulation only counts it). */
    public static void wfi() {
        HostMachine.current().wfi();
    }

    /**
     * {@code ecall} with a7 = function and a0..a2 = the arguments; returns a0 afterwards. From S-mode this
     * reaches the kernel's own M-mode code (there is no SBI firmware), or the S-mode trap handler if
     * medeleg delegates cause 9. On the JVM see {@link HostMachine#ecall}.
     */
    public static long ecall(long function, long arg0, long arg1, long arg2) {
        return HostMachine.current().ecall(function, arg0, arg1, arg2);
    }

    /**
     * From M-mode, continues the calling method in S-mode: mepc = the next instruction, mstatus.MPP = S,
     * {@code mret} (so MIE = MPIE, MPIE = 1, MPRV = 0, as mret does). Delegation, PMP and the S-mode trap
     * vector are the caller's business and come first.
     */
    public static void enterSupervisor() {
        HostMachine.current().enterSupervisor();
    }
}
