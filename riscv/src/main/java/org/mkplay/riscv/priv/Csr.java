package org.mkplay.riscv.priv;

/**
 * Control and status register numbers (privileged specification, "CSR Listing") and the fields mkplay uses
 * (the mstatus, mip/mie, menvcfg, mcounteren and satp figures). Only constants: the kernel reads them through
 * javac's constant inlining, and the intrinsics that access CSRs are {@code org.mkplay.vmmagic.Csr}'s.
 * The names objdump prints for every CSR number are in {@code org.mkplay.riscv.isa}.
 */
public final class Csr {
    private Csr() {}

    // ---- unprivileged counters (read-only) ----
    public static final int CYCLE = 0xC00, TIME = 0xC01, INSTRET = 0xC02;

    // ---- supervisor level ----
    public static final int SSTATUS = 0x100, SIE = 0x104, STVEC = 0x105, SCOUNTEREN = 0x106, SENVCFG = 0x10A;
    public static final int SSCRATCH = 0x140, SEPC = 0x141, SCAUSE = 0x142, STVAL = 0x143, SIP = 0x144;
    /** Sstc: the supervisor timer compare; STIP is pending while time &gt;= stimecmp (needs menvcfg.STCE). */
    public static final int STIMECMP = 0x14D;

    public static final int SATP = 0x180;

    // ---- machine level ----
    public static final int MSTATUS = 0x300, MISA = 0x301, MEDELEG = 0x302, MIDELEG = 0x303, MIE = 0x304;
    public static final int MTVEC = 0x305, MCOUNTEREN = 0x306, MENVCFG = 0x30A, MCOUNTINHIBIT = 0x320;
    public static final int MSCRATCH = 0x340, MEPC = 0x341, MCAUSE = 0x342, MTVAL = 0x343, MIP = 0x344;
    /** The first of 16 pmpcfg and 64 pmpaddr registers. */
    public static final int PMPCFG0 = 0x3A0, PMPADDR0 = 0x3B0;
    /** Sdtrig: trigger select, the selected trigger's data registers, and the types it supports. */
    public static final int TSELECT = 0x7A0, TDATA1 = 0x7A1, TDATA2 = 0x7A2, TDATA3 = 0x7A3, TINFO = 0x7A4;

    public static final int MCYCLE = 0xB00, MINSTRET = 0xB02;
    public static final int MVENDORID = 0xF11, MARCHID = 0xF12, MIMPID = 0xF13, MHARTID = 0xF14, MCONFIGPTR = 0xF15;

    // ---- mstatus / sstatus fields ----
    public static final long STATUS_SIE = 1L << 1,
            STATUS_MIE = 1L << 3,
            STATUS_SPIE = 1L << 5,
            STATUS_MPIE = 1L << 7,
            STATUS_SPP = 1L << 8;
    /** MPP, the previous privilege of an M-mode trap: two bits at 12:11. */
    public static final int STATUS_MPP_SHIFT = 11;

    public static final long STATUS_MPP = 3L << STATUS_MPP_SHIFT;
    public static final long STATUS_MPRV = 1L << 17,
            STATUS_SUM = 1L << 18,
            STATUS_MXR = 1L << 19,
            STATUS_TVM = 1L << 20,
            STATUS_TW = 1L << 21,
            STATUS_TSR = 1L << 22;
    /** UXL (bits 33:32) and SXL (35:34); the value 2 means 64-bit. */
    public static final int STATUS_UXL_SHIFT = 32, STATUS_SXL_SHIFT = 34;

    public static final long STATUS_UXL = 3L << STATUS_UXL_SHIFT, STATUS_SXL = 3L << STATUS_SXL_SHIFT;

    // ---- interrupt bits of mip/mie (and sip/sie): bit n is interrupt cause n, see Cause ----
    public static final long IRQ_SSI = 1L << Cause.SUPERVISOR_SOFTWARE, IRQ_MSI = 1L << Cause.MACHINE_SOFTWARE;
    public static final long IRQ_STI = 1L << Cause.SUPERVISOR_TIMER, IRQ_MTI = 1L << Cause.MACHINE_TIMER;
    public static final long IRQ_SEI = 1L << Cause.SUPERVISOR_EXTERNAL, IRQ_MEI = 1L << Cause.MACHINE_EXTERNAL;

    /** menvcfg.STCE (Sstc): enables stimecmp and lets it drive STIP. menvcfg.FIOM is bit 0. */
    public static final long MENVCFG_STCE = 1L << 63, MENVCFG_FIOM = 1;
    /** mcounteren/scounteren.TM: the lower privilege may read time (and, with STCE, access stimecmp). */
    public static final long COUNTEREN_TM = 1L << 1;
    /** mcounteren/scounteren.IR: the lower privilege may read instret. */
    public static final long COUNTEREN_IR = 1L << 2;

    // ---- misa ----
    /** MXL (bits 63:62) = 2: a 64-bit hart. */
    public static final long MISA_MXL_64 = 2L << 62;

    /** satp: MODE in bits 63:60 (8 = Sv39, 0 = bare), ASID in 59:44, the root page table's PPN in 43:0. */
    public static final int SATP_MODE_SHIFT = 60, SATP_ASID_SHIFT = 44;

    public static final long SATP_MODE_SV39 = 8;
    /** satp MODE field value for Sv39, in place: or it with the root page table's PPN. */
    public static final long SATP_SV39 = SATP_MODE_SV39 << SATP_MODE_SHIFT;

    public static final long SATP_ASID_MASK = 0xFFFFL, SATP_PPN_MASK = (1L << 44) - 1;
}
