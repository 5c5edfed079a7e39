package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Csr;

/**
 * Which CSR accesses and privileged instructions are legal where (privileged spec 2.1 "CSR address
 * mapping conventions", 3.1.6.5 TVM/TW/TSR, 3.1.11/4.1.5 counter-enable registers), with mtval =
 * the instruction bits on illegal-instruction, and the counters themselves.
 */
class CsrAccessTest {
    private static final int UNKNOWN_CUSTOM = 0x800, DEBUG_DCSR = 0x7B0, HPMCOUNTER3 = 0xC03;

    /** Runs {@code instruction} at {@code privilege} with the given mstatus and counter enables; true if illegal. */
    private static boolean illegal(int privilege, int instruction, long mstatus, long mcounteren, long scounteren) {
        Rig rig = new Rig(1);
        rig.setCsr(Csr.MSTATUS, mstatus).setCsr(Csr.MCOUNTEREN, mcounteren).setCsr(Csr.SCOUNTEREN, scounteren);
        return rig.set(A1, 0).raisesIllegalInstruction(privilege, instruction);
    }

    private static boolean illegal(int privilege, int instruction) {
        return illegal(privilege, instruction, 0, 0, 0);
    }

    private static void assertIllegal(int privilege, int instruction) {
        assertEquals(true, illegal(privilege, instruction), String.format("%08x at %d", instruction, privilege));
    }

    private static void assertLegal(int privilege, int instruction) {
        assertEquals(false, illegal(privilege, instruction), String.format("%08x at %d", instruction, privilege));
    }

    @Test
    void unknownCsrsAreIllegal() {
        assertIllegal(Privilege.MACHINE, csrr(A0, UNKNOWN_CUSTOM));
        assertIllegal(Privilege.MACHINE, csrr(A0, DEBUG_DCSR));
        assertIllegal(Privilege.MACHINE, csrr(A0, 0x001)); // fflags: no F extension
        assertIllegal(Privilege.MACHINE, csrrwi(ZERO, 0x5FF, 1));
    }

    @Test
    void writesToReadOnlyCsrsAreIllegalEvenWithRdZero() {
        assertIllegal(Privilege.MACHINE, Encoder.csrw(Csr.MHARTID, A1));
        assertIllegal(Privilege.MACHINE, csrrw(ZERO, Csr.MVENDORID, ZERO));
        assertIllegal(Privilege.MACHINE, csrrsi(A0, Csr.CYCLE, 1));
        assertIllegal(Privilege.MACHINE, csrrc(A0, Csr.TIME, A2));
    }

    @Test
    void setAndClearWithZeroSourceOnlyRead() {
        assertLegal(Privilege.MACHINE, csrrs(A0, Csr.MHARTID, ZERO));
        assertLegal(Privilege.MACHINE, csrrsi(A0, Csr.CYCLE, 0));
        assertLegal(Privilege.MACHINE, csrrc(A0, Csr.INSTRET, ZERO));
        // rs1 other than x0 is a write attempt even when the register holds zero (spec: CSRRS/CSRRC)
        assertIllegal(Privilege.MACHINE, csrrs(A0, Csr.MARCHID, A1));
    }

    @Test
    void lowerPrivilegesCannotReachHigherCsrs() {
        assertIllegal(Privilege.SUPERVISOR, csrr(A0, Csr.MSTATUS));
        assertIllegal(Privilege.SUPERVISOR, csrr(A0, Csr.MSCRATCH));
        assertIllegal(Privilege.SUPERVISOR, csrr(A0, Csr.MHARTID));
        assertIllegal(Privilege.SUPERVISOR, Encoder.csrw(Csr.MEPC, A1));
        assertIllegal(Privilege.USER, csrr(A0, Csr.SSTATUS));
        assertIllegal(Privilege.USER, csrr(A0, Csr.SATP));
        assertIllegal(Privilege.USER, csrr(A0, Csr.SSCRATCH));
        assertLegal(Privilege.SUPERVISOR, csrr(A0, Csr.SSTATUS));
        assertLegal(Privilege.SUPERVISOR, Encoder.csrw(Csr.SSCRATCH, A1));
    }

    @Test
    void countersAreGatedByMcounterenForSupervisor() {
        int[] counters = {Csr.CYCLE, Csr.TIME, Csr.INSTRET, HPMCOUNTER3};
        for (int i = 0; i < counters.length; i++) {
            int bit = 1 << (counters[i] - Csr.CYCLE);
            int read = csrr(A0, counters[i]);
            assertEquals(true, illegal(Privilege.SUPERVISOR, read, 0, ~bit & 0xFFFF_FFFFL, -1L), "bit clear");
            assertEquals(false, illegal(Privilege.SUPERVISOR, read, 0, bit, 0), "bit set");
        }
    }

    @Test
    void countersNeedBothEnablesForUser() {
        int read = csrr(A0, Csr.INSTRET);
        int bit = 1 << 2;
        assertEquals(true, illegal(Privilege.USER, read, 0, bit, 0));
        assertEquals(true, illegal(Privilege.USER, read, 0, 0, bit));
        assertEquals(false, illegal(Privilege.USER, read, 0, bit, bit));
        assertEquals(false, illegal(Privilege.MACHINE, read, 0, 0, 0), "M-mode is never gated");
    }

    @Test
    void trapVirtualMemoryMakesSatpAndSfenceIllegalInSupervisor() {
        assertEquals(true, illegal(Privilege.SUPERVISOR, csrr(A0, Csr.SATP), Csr.STATUS_TVM, 0, 0));
        assertEquals(true, illegal(Privilege.SUPERVISOR, sfenceVma(ZERO, ZERO), Csr.STATUS_TVM, 0, 0));
        assertEquals(false, illegal(Privilege.SUPERVISOR, csrr(A0, Csr.SATP), 0, 0, 0));
        assertEquals(false, illegal(Privilege.SUPERVISOR, sfenceVma(ZERO, ZERO), 0, 0, 0));
        assertEquals(
                false, illegal(Privilege.MACHINE, csrr(A0, Csr.SATP), Csr.STATUS_TVM, 0, 0), "TVM does not bind M");
        assertIllegal(Privilege.USER, sfenceVma(ZERO, ZERO));
    }

    @Test
    void trapSretMakesSretIllegalInSupervisor() {
        assertEquals(true, illegal(Privilege.SUPERVISOR, sret(), Csr.STATUS_TSR, 0, 0));
        assertIllegal(Privilege.USER, sret());
        assertIllegal(Privilege.USER, mret());
        assertIllegal(Privilege.SUPERVISOR, mret());
    }

    @Test
    void timeoutWaitMakesWfiIllegalBelowMachine() {
        assertEquals(true, illegal(Privilege.SUPERVISOR, wfi(), Csr.STATUS_TW, 0, 0));
        assertIllegal(Privilege.USER, wfi());
    }

    @Test
    void wfiInSupervisorWithAPendingButDisabledInterruptCompletes() {
        Rig rig = new Rig(1);
        rig.setCsr(Csr.MIDELEG, Csr.IRQ_SSI).setCsr(Csr.MIE, Csr.IRQ_SSI).setCsr(Csr.MIP, Csr.IRQ_SSI); // SIE = 0
        rig.dropTo(Privilege.SUPERVISOR);
        rig.emit(wfi(), addi(A0, ZERO, 7));
        long end = rig.stop();
        rig.runToStop(50);
        assertEquals(end, rig.pc(), "wfi resumes without taking the interrupt (spec 3.3.3)");
        assertEquals(7, rig.x(A0));
    }

    @Test
    void instretAndCycleCountRetiredInstructions() {
        Rig rig = new Rig(1);
        rig.emit(csrr(A0, Csr.MINSTRET), csrr(A1, Csr.MCYCLE));
        for (int i = 0; i < 10; i++) {
            rig.emit(addi(T0, T0, 1));
        }
        rig.emit(csrr(A2, Csr.INSTRET), csrr(A3, Csr.CYCLE)).stop();
        rig.runToStop();
        assertEquals(0, rig.x(A0), "nothing retired before the first instruction");
        assertEquals(12, rig.x(A2) - rig.x(A0), "a csrr reads the count before its own retirement");
        assertEquals(12, rig.x(A3) - rig.x(A1));
    }

    @Test
    void timeIsRetiredInstructionsOverTen() {
        Rig rig = new Rig(1);
        for (int i = 0; i < 95; i++) {
            rig.emit(addi(T0, T0, 1));
        }
        rig.emit(csrr(A0, Csr.TIME), csrr(A1, Csr.MINSTRET)).stop();
        rig.runToStop();
        assertEquals(9, rig.x(A0), "95 instructions retired: mtime 9");
        assertEquals(96, rig.x(A1));
    }

    /** Zicsr: "If a CSR access instruction writes such a CSR, the write is done instead of the increment." */
    @Test
    void writingMinstretReplacesTheIncrement() {
        Rig rig = new Rig(1);
        rig.li(T0, 1000)
                .emit(
                        Encoder.csrw(Csr.MINSTRET, T0),
                        csrr(A0, Csr.MINSTRET),
                        addi(T1, T1, 1),
                        csrr(A1, Csr.MINSTRET),
                        csrrw(A2, Csr.MINSTRET, ZERO),
                        csrr(A3, Csr.MINSTRET))
                .stop();
        rig.runToStop();
        assertEquals(1000, rig.x(A0));
        assertEquals(1002, rig.x(A1));
        assertEquals(1003, rig.x(A2), "csrrw reads the old value");
        assertEquals(0, rig.x(A3));
    }

    @Test
    void writingMcycleReplacesTheIncrement() {
        Rig rig = new Rig(1);
        rig.li(T0, 1 << 20)
                .emit(Encoder.csrw(Csr.MCYCLE, T0), csrr(A0, Csr.MCYCLE))
                .stop();
        rig.runToStop();
        assertEquals(1 << 20, rig.x(A0));
    }

    /** mcountinhibit is WARL: an IR bit that reads back as set must stop minstret (spec: Machine Counter-Inhibit). */
    @Test
    void inhibitedInstretDoesNotCount() {
        Rig rig = new Rig(1);
        rig.emit(
                        csrrwi(ZERO, Csr.MCOUNTINHIBIT, 4),
                        csrr(A0, Csr.MCOUNTINHIBIT),
                        csrr(A1, Csr.MINSTRET),
                        addi(T0, T0, 1),
                        addi(T0, T0, 1),
                        csrr(A2, Csr.MINSTRET))
                .stop();
        rig.runToStop();
        if ((rig.x(A0) & 4) != 0) {
            assertEquals(rig.x(A1), rig.x(A2), "IR set: minstret holds still");
        } else {
            assertEquals(3, rig.x(A2) - rig.x(A1), "IR hardwired to zero: minstret counts on");
        }
    }

    @Test
    void readOnlyIdentityCsrs() {
        Rig rig = new Rig(1);
        rig.emit(csrr(A0, Csr.MISA), csrr(A1, Csr.MHARTID), csrr(A2, Csr.MSTATUS))
                .stop();
        rig.runToStop();
        long misa = rig.x(A0);
        assertEquals(2, misa >>> 62, "MXL = 64");
        for (char extension : "ACIMSU".toCharArray()) {
            assertEquals(1, (misa >>> (extension - 'A')) & 1, "misa has " + extension);
        }
        assertEquals(0, (misa >>> ('F' - 'A')) & 1);
        assertEquals(0, rig.x(A1));
        assertEquals(2, (rig.x(A2) >>> 32) & 3, "UXL = 64");
        assertEquals(2, (rig.x(A2) >>> 34) & 3, "SXL = 64");
    }

    @Test
    void sstatusIsAViewOfMstatus() {
        Rig rig = new Rig(1);
        rig.li(T0, -1)
                .emit(Encoder.csrw(Csr.SSTATUS, T0), csrr(A0, Csr.MSTATUS), csrr(A1, Csr.SSTATUS))
                .stop();
        rig.runToStop();
        assertEquals(
                0,
                rig.x(A0)
                        & (Csr.STATUS_MIE
                                | Csr.STATUS_MPIE
                                | Csr.STATUS_MPP
                                | Csr.STATUS_MPRV
                                | Csr.STATUS_TVM
                                | Csr.STATUS_TW
                                | Csr.STATUS_TSR),
                "sstatus writes reach no M-only field");
        long sFields = Csr.STATUS_SIE | Csr.STATUS_SPIE | Csr.STATUS_SPP | Csr.STATUS_SUM | Csr.STATUS_MXR;
        assertEquals(sFields, rig.x(A0) & sFields);
        assertEquals(rig.x(A0) & rig.x(A1), rig.x(A1), "sstatus bits equal mstatus bits");
    }

    @Test
    void sieAndSipShowOnlyDelegatedBits() {
        Rig rig = new Rig(1);
        rig.setCsr(Csr.MIDELEG, Csr.IRQ_SSI | Csr.IRQ_STI).setCsr(Csr.MIE, Csr.IRQ_MSI | Csr.IRQ_SSI | Csr.IRQ_SEI);
        rig.setCsr(Csr.MIP, Csr.IRQ_SSI | Csr.IRQ_SEI);
        rig.emit(csrr(A0, Csr.SIE), csrr(A1, Csr.SIP)).stop();
        rig.runToStop();
        assertEquals(Csr.IRQ_SSI, rig.x(A0));
        assertEquals(Csr.IRQ_SSI, rig.x(A1));
    }
}
