package org.mkplay.emulator.cpu;

/** CSR numbers and field masks used by the hart (privileged spec, "CSR Listing" and the mstatus figure). */
public final class Csr {
    private Csr() {}

    public static final int SSTATUS = 0x100, SIE = 0x104, STVEC = 0x105, SCOUNTEREN = 0x106, SENVCFG = 0x10A;
    public static final int SSCRATCH = 0x140, SEPC = 0x141, SCAUSE = 0x142, STVAL = 0x143, SIP = 0x144;
    /** Sstc: the supervisor timer compare register. */
    public static final int STIMECMP = 0x14D;
    public static final int SATP = 0x180;
    public static final int MSTATUS = 0x300, MISA = 0x301, MEDELEG = 0x302, MIDELEG = 0x303, MIE = 0x304;
    public static final int MTVEC = 0x305, MCOUNTEREN = 0x306, MENVCFG = 0x30A, MCOUNTINHIBIT = 0x320;
    public static final int MSCRATCH = 0x340, MEPC = 0x341, MCAUSE = 0x342, MTVAL = 0x343, MIP = 0x344;
    public static final int PMPCFG0 = 0x3A0, PMPADDR0 = 0x3B0;
    /** Sdtrig: trigger select, the selected trigger's data registers, and the types it supports. */
    public static final int TSELECT = 0x7A0, TDATA1 = 0x7A1, TDATA2 = 0x7A2, TDATA3 = 0x7A3, TINFO = 0x7A4;
    public static final int MCYCLE = 0xB00, MINSTRET = 0xB02;
    public static final int CYCLE = 0xC00, TIME = 0xC01, INSTRET = 0xC02;
    public static final int MVENDORID = 0xF11, MARCHID = 0xF12, MIMPID = 0xF13, MHARTID = 0xF14, MCONFIGPTR = 0xF15;

    // mstatus fields
    public static final long SIE_BIT = 1L << 1, MIE_BIT = 1L << 3, SPIE = 1L << 5, MPIE = 1L << 7, SPP = 1L << 8;
    public static final int MPP_SHIFT = 11;
    public static final long MPP = 3L << MPP_SHIFT;
    public static final long MPRV = 1L << 17, SUM = 1L << 18, MXR = 1L << 19, TVM = 1L << 20, TW = 1L << 21,
            TSR = 1L << 22;
    /** UXL = SXL = 2 (64-bit), read-only. */
    public static final long XLEN_FIELDS = (2L << 32) | (2L << 34);
    public static final long MSTATUS_WRITABLE = SIE_BIT | MIE_BIT | SPIE | MPIE | SPP | MPP | MPRV | SUM | MXR | TVM | TW | TSR;
    public static final long SSTATUS_VISIBLE = SIE_BIT | SPIE | SPP | SUM | MXR | (3L << 32);
    public static final long SSTATUS_WRITABLE = SIE_BIT | SPIE | SPP | SUM | MXR;

    // interrupt bits of mip/mie
    public static final long SSIP = 1L << 1, MSIP = 1L << 3, STIP = 1L << 5, MTIP = 1L << 7, SEIP = 1L << 9,
            MEIP = 1L << 11;
    public static final long MIE_WRITABLE = SSIP | MSIP | STIP | MTIP | SEIP | MEIP;
    /** Bits of mip that M-mode software may write (the others are wires from the CLINT and PLIC). */
    public static final long MIP_WRITABLE = SSIP | STIP | SEIP;
    public static final long MIDELEG_WRITABLE = SSIP | STIP | SEIP;
    /** Every defined exception except environment call from M-mode (medeleg[11] is read-only zero). */
    public static final long MEDELEG_WRITABLE = 0xB3FFL;

    /** menvcfg.STCE (Sstc): enables stimecmp, which then drives mip.STIP. menvcfg.FIOM is bit 0. */
    public static final long STCE = 1L << 63;
    public static final long MENVCFG_WRITABLE = STCE | 1;
    /** mcounteren.TM: S-mode may read time (and, with STCE, access stimecmp). */
    public static final long COUNTEREN_TM = 1L << 1;

    /** RV64 with A, C, I, M, S and U. */
    public static final long MISA_VALUE = (2L << 62) | (1 << 0) | (1 << 2) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20);

    public static final long INTERRUPT_FLAG = 1L << 63;
}
