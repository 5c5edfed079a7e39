package org.mkplay.vmmagic;

import org.mkplay.vmmagic.host.HostMachine;

/**
 * Control and status registers (kernel profile only). The CSR number must be a compile-time constant (one of
 * the constants below, or any constant expression): it is encoded in the instruction, so a computed number is
 * a compile error. Compiled: {@code read} is {@code csrr}, {@code write} {@code csrw}, {@code setBits}
 * {@code csrs}, {@code clearBits} {@code csrc}, {@code swap} {@code csrrw} (the immediate forms when the value
 * is a constant 0..31). On the JVM they act on {@link HostMachine#current()}'s CSR file, with the same
 * access rules as the hart (read-only CSRs, privilege).
 *
 * <p>Numbers are from the RISC-V privileged specification (Zicsr, machine and supervisor levels).
 */
public final class Csr {
    private Csr() {}

    // supervisor level
    public static final int SSTATUS = 0x100;
    public static final int SIE = 0x104;
    public static final int STVEC = 0x105;
    public static final int SCOUNTEREN = 0x106;
    public static final int SSCRATCH = 0x140;
    public static final int SEPC = 0x141;
    public static final int SCAUSE = 0x142;
    public static final int STVAL = 0x143;
    public static final int SIP = 0x144;
    /** Sstc: the supervisor timer compare; STIP is pending while time &gt;= stimecmp (needs menvcfg.STCE). */
    public static final int STIMECMP = 0x14D;
    public static final int SATP = 0x180;

    // unprivileged counters (read-only)
    public static final int CYCLE = 0xC00;
    public static final int TIME = 0xC01;
    public static final int INSTRET = 0xC02;

    // machine level (the kernel's M-mode boot code)
    public static final int MSTATUS = 0x300;
    public static final int MISA = 0x301;
    public static final int MEDELEG = 0x302;
    public static final int MIDELEG = 0x303;
    public static final int MIE = 0x304;
    public static final int MTVEC = 0x305;
    public static final int MCOUNTEREN = 0x306;
    public static final int MENVCFG = 0x30A;
    public static final int MSCRATCH = 0x340;
    public static final int MEPC = 0x341;
    public static final int MCAUSE = 0x342;
    public static final int MTVAL = 0x343;
    public static final int MIP = 0x344;
    public static final int PMPCFG0 = 0x3A0;
    public static final int PMPADDR0 = 0x3B0;
    public static final int MHARTID = 0xF14;

    // sstatus / mstatus bits
    public static final long STATUS_SIE = 1L << 1;
    public static final long STATUS_MIE = 1L << 3;
    public static final long STATUS_SPIE = 1L << 5;
    public static final long STATUS_MPIE = 1L << 7;
    public static final long STATUS_SPP = 1L << 8;
    public static final long STATUS_MPP = 3L << 11;
    public static final long STATUS_SUM = 1L << 18;
    public static final long STATUS_MXR = 1L << 19;

    // interrupt bits of sie/sip (and mie/mip); also the interrupt cause numbers' bit positions
    public static final long IRQ_SSI = 1L << 1;
    public static final long IRQ_MSI = 1L << 3;
    public static final long IRQ_STI = 1L << 5;
    public static final long IRQ_MTI = 1L << 7;
    public static final long IRQ_SEI = 1L << 9;
    public static final long IRQ_MEI = 1L << 11;

    /** menvcfg.STCE (Sstc): enables stimecmp and lets it drive STIP. */
    public static final long MENVCFG_STCE = 1L << 63;
    /** mcounteren/scounteren.TM: the lower privilege may read time (and, with STCE, access stimecmp). */
    public static final long COUNTEREN_TM = 1L << 1;
    /** mcounteren.IR: S-mode may read instret (the kernel's trace records carry it). */
    public static final long COUNTEREN_IR = 1L << 2;

    /** satp MODE field value for Sv39 (bits 63:60), to or with the root page table's PPN. */
    public static final long SATP_SV39 = 8L << 60;

    public static long read(int csr) {
        return HostMachine.current().readCsr(csr);
    }

    public static void write(int csr, long value) {
        HostMachine.current().writeCsr(csr, value);
    }

    /** Atomically writes value and returns the old value (csrrw). */
    public static long swap(int csr, long value) {
        return HostMachine.current().swapCsr(csr, value);
    }

    /** csr |= mask (csrs). */
    public static void setBits(int csr, long mask) {
        HostMachine.current().setCsrBits(csr, mask);
    }

    /** csr &amp;= ~mask (csrc). */
    public static void clearBits(int csr, long mask) {
        HostMachine.current().clearCsrBits(csr, mask);
    }
}
