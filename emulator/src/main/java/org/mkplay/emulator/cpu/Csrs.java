package org.mkplay.emulator.cpu;

import static org.mkplay.riscv.priv.Csr.*;

import org.mkplay.riscv.priv.Cause;

/**
 * The hart's control and status registers, its privilege level, and the rules that tie them
 * together: CSR access checks, trap entry, {@code mret}/{@code sret}, and interrupt selection.
 *
 * <p>Invariants: {@code privilege} is 0, 1 or 3; {@code mstatus} holds only writable bits plus the
 * fixed XLEN fields; {@code mepc}/{@code sepc} have bit 0 clear (IALIGN=16); {@code mtvec}/{@code stvec}
 * mode is 0 (direct) or 1 (vectored). Every CSR instruction reaches here through {@link #read}/{@link #write}
 * after {@link #accessible}, which raises illegal-instruction for unknown CSRs, insufficient privilege
 * and writes to read-only CSRs.
 */
final class Csrs {
    // What this hart implements of the fields the specification defines (riscv.priv.Csr).
    /** UXL = SXL = 2 (64-bit), read-only. */
    static final long XLEN_FIELDS = (2L << STATUS_UXL_SHIFT) | (2L << STATUS_SXL_SHIFT);

    static final long MSTATUS_WRITABLE = STATUS_SIE
            | STATUS_MIE
            | STATUS_SPIE
            | STATUS_MPIE
            | STATUS_SPP
            | STATUS_MPP
            | STATUS_MPRV
            | STATUS_SUM
            | STATUS_MXR
            | STATUS_TVM
            | STATUS_TW
            | STATUS_TSR;
    static final long SSTATUS_VISIBLE = STATUS_SIE | STATUS_SPIE | STATUS_SPP | STATUS_SUM | STATUS_MXR | STATUS_UXL;
    static final long SSTATUS_WRITABLE = STATUS_SIE | STATUS_SPIE | STATUS_SPP | STATUS_SUM | STATUS_MXR;
    static final long MIE_WRITABLE = IRQ_SSI | IRQ_MSI | IRQ_STI | IRQ_MTI | IRQ_SEI | IRQ_MEI;
    /** Bits of mip that M-mode software may write (the others are wires from the CLINT and PLIC). */
    static final long MIP_WRITABLE = IRQ_SSI | IRQ_STI | IRQ_SEI;

    static final long MIDELEG_WRITABLE = IRQ_SSI | IRQ_STI | IRQ_SEI;
    /** Every defined exception except environment call from M-mode (medeleg[11] is read-only zero). */
    static final long MEDELEG_WRITABLE = 0xB3FFL;

    static final long MENVCFG_WRITABLE = MENVCFG_STCE | MENVCFG_FIOM;
    /** RV64 with A, C, I, M, S and U. */
    static final long MISA_VALUE = MISA_MXL_64 | (1 << 0) | (1 << 2) | (1 << 8) | (1 << 12) | (1 << 18) | (1 << 20);

    /** What the CSR file needs from the rest of the machine. */
    interface Environment {
        long instructionsRetired();

        long cycles();

        long time();

        void satpWritten(long value);

        long satp();

        /** Privilege or translation-relevant mstatus bits changed: cached translations are stale. */
        void translationContextChanged();

        /** A trigger's tdata1 or tdata2 changed: the fast caches may hold a page it now watches. */
        void triggersChanged();

        /** A PMP register changed: cached pages (fast caches, the current code page) were checked under the old rules. */
        void pmpChanged();

        /** Sstc: stimecmp or menvcfg.STCE changed; the timer must compare {@code time} with the new value. */
        void supervisorTimerChanged(long stimecmp, boolean enabled);
    }

    int privilege = Privilege.MACHINE;
    long mstatus = XLEN_FIELDS;
    long medeleg, mideleg, mie, mtvec, mscratch, mepc, mcause, mtval;
    long stvec, sscratch, sepc, scause, stval;
    long mcounteren, scounteren, menvcfg, senvcfg, mcountinhibit;
    /** Sstc: STIP is {@code time >= stimecmp} while menvcfg.STCE is set (driven as a pin by the CLINT). */
    long stimecmp;
    /** Software-writable mip bits (SSIP, STIP, and the software half of SEIP). */
    long mipSoftware;
    /** Interrupt wires from the CLINT and PLIC (MSIP, MTIP, MEIP, SEIP). */
    long mipPins;

    long instretOffset, cycleOffset;
    final Pmp pmp = new Pmp();
    final Triggers triggers = new Triggers();
    private final Environment env;

    Csrs(Environment env) {
        this.env = env;
    }

    long mip() {
        // With Sstc enabled, STIP is the stimecmp comparison (a pin) and the software bit is ignored.
        return ((menvcfg & MENVCFG_STCE) != 0 ? mipSoftware & ~IRQ_STI : mipSoftware) | mipPins;
    }

    /** False when {@code csr} does not exist or may not be accessed this way at this privilege (illegal instruction). */
    boolean accessible(int csr, boolean writes) {
        if (((csr >>> 8) & 3) > privilege || (writes && (csr >>> 10) == 3) || !exists(csr)) {
            return false;
        }
        if (csr == SATP && privilege == Privilege.SUPERVISOR && (mstatus & STATUS_TVM) != 0) {
            return false;
        }
        if (csr >= CYCLE && csr <= CYCLE + 31) {
            return counterEnabled(csr - CYCLE);
        }
        if (csr == STIMECMP && privilege != Privilege.MACHINE) {
            return (menvcfg & MENVCFG_STCE) != 0 && (mcounteren & COUNTEREN_TM) != 0; // Sstc: both gates, else illegal
        }
        return true;
    }

    private boolean counterEnabled(int counter) {
        long bit = 1L << counter;
        switch (privilege) {
            case Privilege.MACHINE:
                return true;
            case Privilege.SUPERVISOR:
                return (mcounteren & bit) != 0;
            default:
                return (mcounteren & scounteren & bit) != 0;
        }
    }

    private static boolean exists(int csr) {
        switch (csr) {
            case SSTATUS:
            case SIE:
            case STVEC:
            case SCOUNTEREN:
            case SENVCFG:
            case SSCRATCH:
            case SEPC:
            case SCAUSE:
            case STVAL:
            case SIP:
            case STIMECMP:
            case SATP:
            case MSTATUS:
            case MISA:
            case MEDELEG:
            case MIDELEG:
            case MIE:
            case MTVEC:
            case MCOUNTEREN:
            case MENVCFG:
            case MCOUNTINHIBIT:
            case MSCRATCH:
            case MEPC:
            case MCAUSE:
            case MTVAL:
            case MIP:
            case MVENDORID:
            case MARCHID:
            case MIMPID:
            case MHARTID:
            case MCONFIGPTR:
            case TSELECT:
            case TDATA1:
            case TDATA2:
            case TDATA3:
            case TINFO:
                return true;
            default:
                return isPmpCfg(csr)
                        || (csr >= PMPADDR0 && csr < PMPADDR0 + Pmp.ENTRIES)
                        || (csr >= MCYCLE && csr <= MCYCLE + 31 && csr != MCYCLE + 1)
                        || (csr >= 0x323 && csr <= 0x33F)
                        || (csr >= CYCLE && csr <= CYCLE + 31);
        }
    }

    /** 16 PMP entries on RV64: pmpcfg0 and pmpcfg2 (the odd ones do not exist on RV64). */
    private static boolean isPmpCfg(int csr) {
        return csr == PMPCFG0 || csr == PMPCFG0 + 2;
    }

    long read(int csr) {
        switch (csr) {
            case SSTATUS:
                return mstatus & SSTATUS_VISIBLE;
            case SIE:
                return mie & mideleg;
            case SIP:
                return mip() & mideleg;
            case STVEC:
                return stvec;
            case SCOUNTEREN:
                return scounteren;
            case SENVCFG:
                return senvcfg;
            case SSCRATCH:
                return sscratch;
            case SEPC:
                return sepc;
            case SCAUSE:
                return scause;
            case STVAL:
                return stval;
            case STIMECMP:
                return stimecmp;
            case SATP:
                return env.satp();
            case MSTATUS:
                return mstatus;
            case MISA:
                return MISA_VALUE;
            case MEDELEG:
                return medeleg;
            case MIDELEG:
                return mideleg;
            case MIE:
                return mie;
            case MIP:
                return mip();
            case MTVEC:
                return mtvec;
            case MCOUNTEREN:
                return mcounteren;
            case MENVCFG:
                return menvcfg;
            case MCOUNTINHIBIT:
                return mcountinhibit;
            case MSCRATCH:
                return mscratch;
            case MEPC:
                return mepc;
            case MCAUSE:
                return mcause;
            case MTVAL:
                return mtval;
            case MCYCLE:
            case CYCLE:
                return env.cycles() + cycleOffset;
            case MINSTRET:
            case INSTRET:
                return env.instructionsRetired() + instretOffset;
            case TIME:
                return env.time();
            case TSELECT:
                return triggers.select();
            case TDATA1:
                return triggers.tdata1();
            case TDATA2:
                return triggers.tdata2();
            case TINFO:
                return Triggers.TINFO;
            default:
                return readArrayOrZero(csr); // tdata3 too: QEMU 7.2 keeps nothing there
        }
    }

    private long readArrayOrZero(int csr) {
        if (isPmpCfg(csr)) {
            return pmp.readConfig(4 * (csr - PMPCFG0));
        }
        if (csr >= PMPADDR0 && csr < PMPADDR0 + Pmp.ENTRIES) {
            return pmp.readAddress(csr - PMPADDR0);
        }
        return 0; // mvendorid, marchid, mimpid, mhartid (hart 0), mconfigptr, unimplemented hpm counters/events
    }

    void write(int csr, long value) {
        switch (csr) {
            case SSTATUS:
                setMstatus((mstatus & ~SSTATUS_WRITABLE) | (value & SSTATUS_WRITABLE));
                break;
            case SIE:
                mie = (mie & ~mideleg) | (value & mideleg & MIE_WRITABLE);
                break;
            case SIP:
                mipSoftware = (mipSoftware & ~(mideleg & IRQ_SSI)) | (value & mideleg & IRQ_SSI);
                break;
            case STVEC:
                stvec = legalTvec(value);
                break;
            case SCOUNTEREN:
                scounteren = value & 0xFFFF_FFFFL;
                break;
            case SENVCFG:
                senvcfg = value & 1;
                break;
            case SSCRATCH:
                sscratch = value;
                break;
            case SEPC:
                sepc = value & ~1L;
                break;
            case SCAUSE:
                scause = value;
                break;
            case STVAL:
                stval = value;
                break;
            case STIMECMP:
                stimecmp = value;
                env.supervisorTimerChanged(stimecmp, (menvcfg & MENVCFG_STCE) != 0);
                break;
            case SATP:
                env.satpWritten(value);
                break;
            case MSTATUS:
                setMstatus(value);
                break;
            case MEDELEG:
                medeleg = value & MEDELEG_WRITABLE;
                break;
            case MIDELEG:
                mideleg = value & MIDELEG_WRITABLE;
                break;
            case MIE:
                mie = value & MIE_WRITABLE;
                break;
            case MIP:
                mipSoftware = value & MIP_WRITABLE;
                break;
            case MTVEC:
                mtvec = legalTvec(value);
                break;
            case MCOUNTEREN:
                mcounteren = value & 0xFFFF_FFFFL;
                break;
            case MENVCFG:
                menvcfg = value & MENVCFG_WRITABLE;
                env.supervisorTimerChanged(stimecmp, (menvcfg & MENVCFG_STCE) != 0);
                break;
            // WARL: CY and IR are hardwired to zero (cycle and instret always count; time is derived from
            // instret); the hpm bits are kept, their counters are read-only zero anyway. TM (bit 1) is zero.
            case MCOUNTINHIBIT:
                mcountinhibit = value & 0xFFFF_FFF8L;
                break;
            case MSCRATCH:
                mscratch = value;
                break;
            case MEPC:
                mepc = value & ~1L;
                break;
            case MCAUSE:
                mcause = value;
                break;
            case MTVAL:
                mtval = value;
                break;
            // Zicsr: "the write is done instead of the increment": the writing instruction's own retirement
            // (not yet in the counts) must not add to the value written.
            case MCYCLE:
                cycleOffset = value - env.cycles() - 1;
                break;
            case MINSTRET:
                instretOffset = value - env.instructionsRetired() - 1;
                break;
            case TSELECT:
                triggers.writeSelect(value);
                break;
            case TDATA1:
                triggers.writeTdata1(value);
                env.triggersChanged();
                break;
            case TDATA2:
                triggers.writeTdata2(value);
                env.triggersChanged();
                break;
            default:
                writeArray(csr, value); // tdata3 and tinfo writes are ignored, as on QEMU 7.2
        }
    }

    private void writeArray(int csr, long value) {
        if (isPmpCfg(csr)) {
            pmp.writeConfig(4 * (csr - PMPCFG0), value);
            env.pmpChanged();
        } else if (csr >= PMPADDR0 && csr < PMPADDR0 + Pmp.ENTRIES) {
            pmp.writeAddress(csr - PMPADDR0, value);
            env.pmpChanged();
        }
        // hpm counters and events are read-only zero (WARL)
    }

    /** Vector-table mode bits: 0 direct, 1 vectored; the reserved modes 2 and 3 are not kept. */
    private static long legalTvec(long value) {
        return value & ~2L;
    }

    private void setMstatus(long value) {
        long next = (value & MSTATUS_WRITABLE) | XLEN_FIELDS;
        if (((next & STATUS_MPP) >>> STATUS_MPP_SHIFT) == 2) {
            next = (next & ~STATUS_MPP) | (mstatus & STATUS_MPP); // MPP is WARL: the reserved level 2 is never held
        }
        long old = mstatus;
        mstatus = next;
        if (((old ^ next) & (STATUS_MPRV | STATUS_MPP | STATUS_SUM | STATUS_MXR)) != 0) {
            env.translationContextChanged();
        }
    }

    /** The privilege that loads and stores are checked and translated at (mstatus.MPRV, spec 3.1.6.3). */
    int dataPrivilege() {
        if (privilege == Privilege.MACHINE && (mstatus & STATUS_MPRV) != 0) {
            return (int) ((mstatus & STATUS_MPP) >>> STATUS_MPP_SHIFT);
        }
        return privilege;
    }

    /**
     * Enters the trap handler for {@code cause} (with the interrupt flag for interrupts) raised at
     * {@code pc}, and returns the handler address. Delegation: traps raised in S or U mode whose bit is
     * set in medeleg/mideleg go to S-mode; everything else goes to M-mode (spec 3.1.8).
     */
    long enterTrap(long cause, long tval, long pc) {
        boolean interrupt = cause < 0;
        int code = (int) (cause & 63);
        long delegation = interrupt ? mideleg : medeleg;
        if (privilege <= Privilege.SUPERVISOR && ((delegation >>> code) & 1) != 0) {
            scause = cause;
            sepc = pc;
            stval = tval;
            long sie = (mstatus & STATUS_SIE) != 0 ? STATUS_SPIE : 0;
            long spp = privilege == Privilege.SUPERVISOR ? STATUS_SPP : 0;
            mstatus = (mstatus & ~(STATUS_SPIE | STATUS_SIE | STATUS_SPP)) | sie | spp;
            privilege = Privilege.SUPERVISOR;
            env.translationContextChanged();
            return vector(stvec, interrupt, code);
        }
        mcause = cause;
        mepc = pc;
        mtval = tval;
        long mpie = (mstatus & STATUS_MIE) != 0 ? STATUS_MPIE : 0;
        mstatus = (mstatus & ~(STATUS_MPIE | STATUS_MIE | STATUS_MPP)) | mpie | ((long) privilege << STATUS_MPP_SHIFT);
        privilege = Privilege.MACHINE;
        env.translationContextChanged();
        return vector(mtvec, interrupt, code);
    }

    private static long vector(long tvec, boolean interrupt, int code) {
        long base = tvec & ~3L;
        return interrupt && (tvec & 1) != 0 ? base + 4L * code : base;
    }

    /** mret: restore privilege from MPP and MIE from MPIE; leaving M-mode clears MPRV. Returns mepc. */
    long mret() {
        int target = (int) ((mstatus & STATUS_MPP) >>> STATUS_MPP_SHIFT);
        long mie = (mstatus & STATUS_MPIE) != 0 ? STATUS_MIE : 0;
        mstatus = (mstatus & ~(STATUS_MIE | STATUS_MPP)) | mie | STATUS_MPIE;
        if (target != Privilege.MACHINE) {
            mstatus &= ~STATUS_MPRV;
        }
        privilege = target;
        env.translationContextChanged();
        return mepc;
    }

    /** sret: restore privilege from SPP and SIE from SPIE; clears MPRV (the new level is below M). Returns sepc. */
    long sret() {
        int target = (mstatus & STATUS_SPP) != 0 ? Privilege.SUPERVISOR : Privilege.USER;
        long sie = (mstatus & STATUS_SPIE) != 0 ? STATUS_SIE : 0;
        mstatus = (mstatus & ~(STATUS_SIE | STATUS_SPP | STATUS_MPRV)) | sie | STATUS_SPIE;
        privilege = target;
        env.translationContextChanged();
        return sepc;
    }

    /** Interrupt priority within a level: external, software, timer (spec 3.1.9). */
    private static final int[] PRIORITY = {11, 3, 7, 9, 1, 5};

    /**
     * The interrupt to take now (its mcause value, with the interrupt flag), or 0 if none. An
     * interrupt for M-mode is enabled below M, or in M with mstatus.MIE; a delegated one is enabled
     * below S, or in S with mstatus.SIE, and never in M.
     */
    long pendingInterrupt() {
        long pending = mip() & mie;
        if (pending == 0) {
            return 0;
        }
        boolean mEnabled = privilege < Privilege.MACHINE || (mstatus & STATUS_MIE) != 0;
        boolean sEnabled =
                privilege < Privilege.SUPERVISOR || (privilege == Privilege.SUPERVISOR && (mstatus & STATUS_SIE) != 0);
        long forM = mEnabled ? pending & ~mideleg : 0;
        long forS = sEnabled ? pending & mideleg : 0;
        return forM != 0 ? highestPriority(forM) : forS != 0 ? highestPriority(forS) : 0;
    }

    private static long highestPriority(long interrupts) {
        for (int code : PRIORITY) {
            if (((interrupts >>> code) & 1) != 0) {
                return Cause.INTERRUPT | code;
            }
        }
        return 0;
    }
}
