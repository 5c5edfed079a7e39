package org.mkplay.vmmagic.host;

import java.util.HashMap;
import java.util.Map;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/**
 * The simulated hart's CSRs and privilege level. Access rules as on the hart (privileged spec 2.1): a CSR
 * whose bits 9:8 name a higher privilege than the current one, or a write to one whose bits 11:10 are 11
 * (read-only), is an illegal instruction ({@link HostTrap}). sstatus, sie and sip are views of mstatus, mie
 * and mip (the bits mideleg delegates, for sie/sip). Other CSRs hold what was last written (no WARL
 * legalisation); time, cycle and instret read the simulated clock, which moves only by {@link #advanceTime}.
 */
public final class CsrFile {
    public static final int USER = 0, SUPERVISOR = 1, MACHINE = 3;
    /** misa of our hart: MXL = 64 bits, extensions I, M, A, C, S, U. */
    public static final long MISA_VALUE = 2L << 62
            | 1 << ('I' - 'A')
            | 1 << ('M' - 'A')
            | 1 << ('A' - 'A')
            | 1 << ('C' - 'A')
            | 1 << ('S' - 'A')
            | 1 << ('U' - 'A');
    /** The mstatus bits sstatus shows: SIE, SPIE, SPP, SUM, MXR (no floating point or vector state). */
    static final long SSTATUS_VISIBLE =
            Csr.STATUS_SIE | Csr.STATUS_SPIE | Csr.STATUS_SPP | Csr.STATUS_SUM | Csr.STATUS_MXR;

    private final Map<Integer, Long> values = new HashMap<>();
    private int privilege = MACHINE;
    private long time;

    public int privilege() {
        return privilege;
    }

    void setPrivilege(int level) {
        privilege = level;
    }

    public void advanceTime(long ticks) {
        time += ticks;
    }

    public long read(int csr) {
        check(csr, false);
        return raw(csr);
    }

    public void write(int csr, long value) {
        check(csr, true);
        rawWrite(csr, value);
    }

    private void check(int csr, boolean write) {
        if (csr < 0 || csr > 0xfff)
            throw new IllegalArgumentException("CSR number 0x" + Integer.toHexString(csr) + " is not 12 bits");
        String name = "CSR 0x" + Integer.toHexString(csr);
        if ((csr >> 8 & 3) > privilege)
            throw new HostTrap(Cause.ILLEGAL_INSTRUCTION, 0, name + " needs a higher privilege");
        if (write && (csr >> 10 & 3) == 3) throw new HostTrap(Cause.ILLEGAL_INSTRUCTION, 0, name + " is read-only");
    }

    /** The value without access checks (the simulated trap entry uses it, as hardware does). */
    long raw(int csr) {
        return switch (csr) {
            case Csr.SSTATUS -> get(Csr.MSTATUS) & SSTATUS_VISIBLE;
            case Csr.SIE -> get(Csr.MIE) & get(Csr.MIDELEG);
            case Csr.SIP -> get(Csr.MIP) & get(Csr.MIDELEG);
            case Csr.TIME, Csr.CYCLE, Csr.INSTRET -> time;
            case Csr.MISA -> MISA_VALUE;
            default -> get(csr);
        };
    }

    void rawWrite(int csr, long value) {
        switch (csr) {
            case Csr.SSTATUS -> merge(Csr.MSTATUS, SSTATUS_VISIBLE, value);
            case Csr.SIE -> merge(Csr.MIE, get(Csr.MIDELEG), value);
            case Csr.SIP -> merge(Csr.MIP, get(Csr.MIDELEG) & Csr.IRQ_SSI, value); // only SSIP is writable
            case Csr.MISA -> {} // WARL: our misa is fixed
            default -> values.put(csr, value);
        }
    }

    private void merge(int csr, long mask, long value) {
        values.put(csr, get(csr) & ~mask | value & mask);
    }

    private long get(int csr) {
        return values.getOrDefault(csr, 0L);
    }
}
