package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/** Trap entry and return (privileged spec 3.1.6, 3.1.8, 3.3.2, 4.1.1): causes, delegation, xRET, vectoring. */
class TrapTest {
    private static final long ILLEGAL_WORD = 0xFFFF_FFFFL; // all ones: not an instruction
    private final Rig rig = new Rig();

    private static long field(long status, long mask) {
        return (status & mask) / Long.lowestOneBit(mask);
    }

    @ParameterizedTest(name = "privilege {0} -> cause {1}")
    @CsvSource({"3, 11", "1, 9", "0, 8"})
    void ecallCauseNamesThePrivilege(int privilege, int cause) {
        rig.dropTo(privilege);
        long ecallAt = rig.here();
        rig.emit(ecall()).stop();
        rig.runToStop();
        assertEquals(Rig.M_TRAP, rig.pc());
        assertEquals(cause, rig.csr(Csr.MCAUSE));
        assertEquals(ecallAt, rig.csr(Csr.MEPC));
        assertEquals(0, rig.csr(Csr.MTVAL));
        assertEquals(privilege, field(rig.csr(Csr.MSTATUS), Csr.STATUS_MPP));
        assertEquals(Privilege.MACHINE, rig.privilege());
    }

    @Test
    void trapEntrySavesAndClearsMie() {
        rig.setCsr(Csr.MSTATUS, Csr.STATUS_MIE);
        rig.emit(ecall()).stop();
        rig.runToStop();
        long status = rig.csr(Csr.MSTATUS);
        assertEquals(0, status & Csr.STATUS_MIE);
        assertEquals(Csr.STATUS_MPIE, status & Csr.STATUS_MPIE);
        assertEquals(3, field(status, Csr.STATUS_MPP));
    }

    @Test
    void delegatedExceptionFromUserGoesToSupervisor() {
        rig.setCsr(Csr.MEDELEG, 1 << Cause.ECALL_FROM_U);
        rig.setCsr(Csr.MSTATUS, Csr.STATUS_SIE);
        rig.dropTo(Privilege.USER);
        long ecallAt = rig.here();
        rig.emit(ecall()).stop();
        rig.runToStop();
        assertEquals(Rig.S_TRAP, rig.pc());
        assertEquals(Privilege.SUPERVISOR, rig.privilege());
        assertEquals(Cause.ECALL_FROM_U, rig.csr(Csr.SCAUSE));
        assertEquals(ecallAt, rig.csr(Csr.SEPC));
        assertEquals(0, rig.csr(Csr.STVAL));
        long status = rig.csr(Csr.SSTATUS);
        assertEquals(0, status & Csr.STATUS_SPP, "SPP = U");
        assertEquals(Csr.STATUS_SPIE, status & Csr.STATUS_SPIE, "SPIE = the old SIE");
        assertEquals(0, status & Csr.STATUS_SIE);
        assertEquals(0, rig.csr(Csr.MCAUSE), "no M-mode trap");
    }

    @Test
    void delegatedIllegalInstructionFromSupervisorSetsSppAndStval() {
        rig.setCsr(Csr.MEDELEG, 1 << Cause.ILLEGAL_INSTRUCTION);
        rig.dropTo(Privilege.SUPERVISOR);
        long at = rig.here();
        rig.emit((int) ILLEGAL_WORD).stop();
        rig.runToStop();
        assertEquals(Rig.S_TRAP, rig.pc());
        assertEquals(Cause.ILLEGAL_INSTRUCTION, rig.csr(Csr.SCAUSE));
        assertEquals(at, rig.csr(Csr.SEPC));
        assertEquals(ILLEGAL_WORD, rig.csr(Csr.STVAL));
        assertEquals(Csr.STATUS_SPP, rig.csr(Csr.SSTATUS) & Csr.STATUS_SPP, "SPP = S");
        assertEquals(0, rig.csr(Csr.SSTATUS) & Csr.STATUS_SPIE, "SIE was 0");
    }

    @Test
    void machineModeTrapsAreNeverDelegated() {
        rig.setCsr(Csr.MEDELEG, 1 << Cause.ILLEGAL_INSTRUCTION | 1 << Cause.BREAKPOINT);
        rig.emit(ebreak()).stop();
        rig.runToStop();
        assertEquals(Rig.M_TRAP, rig.pc());
        assertEquals(Cause.BREAKPOINT, rig.csr(Csr.MCAUSE));
        assertEquals(0, rig.csr(Csr.SCAUSE));
    }

    @Test
    void medelegBitElevenIsReadOnlyZero() {
        rig.emit(addi(T0, ZERO, -1), Encoder.csrw(Csr.MEDELEG, T0), csrr(A0, Csr.MEDELEG))
                .stop();
        rig.runToStop();
        assertEquals(0, rig.x(A0) & (1 << Cause.ECALL_FROM_M), "ecall from M cannot be delegated");
        assertEquals(1 << Cause.ECALL_FROM_U, rig.x(A0) & (1 << Cause.ECALL_FROM_U));
    }

    @Test
    void mretToUserRestoresMieSetsMpieAndClearsMprv() {
        rig.setCsr(Csr.MSTATUS, Csr.STATUS_MPRV | Csr.STATUS_MPIE); // MPP = U, MIE = 0
        long target = Rig.CODE + 0x100;
        rig.setCsr(Csr.MEPC, target);
        rig.emit(mret());
        rig.at(target).emit(csrr(A0, Csr.MSTATUS)).stop(); // illegal in U: traps back with mstatus as left by mret
        rig.runToStop();
        assertEquals(Rig.M_TRAP, rig.pc());
        assertEquals(target, rig.csr(Csr.MEPC), "the first U-mode instruction trapped");
        assertEquals(0, field(rig.csr(Csr.MSTATUS), Csr.STATUS_MPP), "trap came from U");
        assertEquals(Cause.ILLEGAL_INSTRUCTION, rig.csr(Csr.MCAUSE));
        long status = rig.csr(Csr.MSTATUS);
        assertEquals(0, status & Csr.STATUS_MPRV, "mret to a mode below M clears MPRV");
        assertEquals(Csr.STATUS_MPIE, status & Csr.STATUS_MPIE, "MPIE was the MIE set by mret, saved by the trap");
    }

    @Test
    void mretLeavesMppAtUserAndMieFromMpie() {
        rig.setCsr(Csr.MSTATUS, Csr.STATUS_MPIE | Csr.STATUS_MPP);
        rig.setCsr(Csr.MEPC, Rig.CODE + 4);
        rig.emit(mret());
        rig.emit(csrr(A0, Csr.MSTATUS)).stop();
        rig.runToStop();
        assertEquals(Privilege.MACHINE, rig.privilege());
        assertEquals(Csr.STATUS_MIE, rig.x(A0) & Csr.STATUS_MIE);
        assertEquals(Csr.STATUS_MPIE, rig.x(A0) & Csr.STATUS_MPIE, "MPIE set to 1");
        assertEquals(0, field(rig.x(A0), Csr.STATUS_MPP), "MPP set to the least-privileged mode, U");
    }

    @Test
    void mretToMachineKeepsMprv() {
        rig.setCsr(Csr.MSTATUS, Csr.STATUS_MPRV | Csr.STATUS_MPP);
        rig.setCsr(Csr.MEPC, Rig.CODE + 4);
        rig.emit(mret(), csrr(A0, Csr.MSTATUS)).stop();
        rig.runToStop();
        assertEquals(Csr.STATUS_MPRV, rig.x(A0) & Csr.STATUS_MPRV);
    }

    @Test
    void sretRestoresSieAndPrivilegeAndClearsMprv() {
        rig.setCsr(Csr.MSTATUS, Csr.STATUS_MPRV | Csr.STATUS_SPIE | Csr.STATUS_SPP);
        long target = Rig.CODE + 0x100;
        rig.setCsr(Csr.SEPC, target);
        rig.emit(sret());
        rig.at(target).emit(csrr(A0, Csr.SSTATUS), ecall()).stop();
        rig.runToStop();
        assertEquals(Cause.ECALL_FROM_S, rig.csr(Csr.MCAUSE), "sret from M went to S (SPP)");
        long status = rig.x(A0);
        assertEquals(Csr.STATUS_SIE, status & Csr.STATUS_SIE);
        assertEquals(Csr.STATUS_SPIE, status & Csr.STATUS_SPIE);
        assertEquals(0, status & Csr.STATUS_SPP, "SPP set to U");
        assertEquals(0, rig.csr(Csr.MSTATUS) & Csr.STATUS_MPRV);
    }

    @Test
    void sretFromSupervisorToUser() {
        long user = Rig.CODE + 0x200;
        rig.dropTo(Privilege.SUPERVISOR);
        rig.li(T0, user).emit(Encoder.csrw(Csr.SEPC, T0), sret());
        rig.at(user).emit(ecall()).stop();
        rig.runToStop();
        assertEquals(Cause.ECALL_FROM_U, rig.csr(Csr.MCAUSE));
        assertEquals(user, rig.csr(Csr.MEPC));
    }

    @Test
    void epcBitZeroIsAlwaysClear() {
        rig.emit(
                        addi(T0, ZERO, 0x7FF),
                        Encoder.csrw(Csr.MEPC, T0),
                        csrr(A0, Csr.MEPC),
                        Encoder.csrw(Csr.SEPC, T0),
                        csrr(A1, Csr.SEPC))
                .stop();
        rig.runToStop();
        assertEquals(0x7FE, rig.x(A0), "IALIGN = 16: only bit 0 is cleared");
        assertEquals(0x7FE, rig.x(A1));
    }

    private static final long VECTORS = Rig.RAM + 0x400;

    private void vectorTable() {
        rig.at(VECTORS);
        for (int i = 0; i < 16; i++) {
            rig.emit(jal(ZERO, 0));
        }
        rig.at(Rig.CODE);
        rig.setCsr(Csr.MTVEC, VECTORS | 1);
    }

    @Test
    void vectoredModeSendsExceptionsToTheBase() {
        vectorTable();
        rig.emit(ecall()).stop();
        rig.runToStop();
        assertEquals(VECTORS, rig.pc());
        assertEquals(Cause.ECALL_FROM_M, rig.csr(Csr.MCAUSE));
    }

    @Test
    void vectoredModeSendsInterruptsToBasePlusFourTimesCause() {
        vectorTable();
        rig.csrw(Csr.MIE, Csr.IRQ_MSI).csrw(Csr.MSTATUS, Csr.STATUS_MIE);
        rig.storeTo(org.mkplay.riscv.board.Virt.CLINT_BASE, 1, 4); // msip
        rig.emit(addi(A0, ZERO, 1)).stop();
        rig.runToStop();
        assertEquals(VECTORS + 4 * 3, rig.pc());
        assertEquals(Cause.INTERRUPT | 3, rig.csr(Csr.MCAUSE));
    }

    @Test
    void supervisorVectoredInterrupt() {
        long vectors = Rig.RAM + 0x800;
        rig.at(vectors);
        for (int i = 0; i < 16; i++) {
            rig.emit(jal(ZERO, 0));
        }
        rig.at(Rig.CODE);
        rig.setCsr(Csr.STVEC, vectors | 1).setCsr(Csr.MIDELEG, Csr.IRQ_STI).setCsr(Csr.MIE, Csr.IRQ_STI);
        rig.setCsr(Csr.MSTATUS, Csr.STATUS_SIE);
        rig.dropTo(Privilege.SUPERVISOR);
        rig.emit(addi(A0, ZERO, 1)).stop();
        rig.setCsr(Csr.MIP, Csr.IRQ_STI); // M-mode software posts a supervisor timer interrupt
        rig.runToStop();
        assertEquals(vectors + 4 * 5, rig.pc());
        assertEquals(Cause.INTERRUPT | 5, rig.csr(Csr.SCAUSE));
        assertEquals(Privilege.SUPERVISOR, rig.privilege());
    }

    @Test
    void tvecReservedModesAreNotKept() {
        rig.emit(addi(T0, ZERO, 0x402), Encoder.csrw(Csr.MTVEC, T0), csrr(A0, Csr.MTVEC))
                .stop();
        rig.runToStop();
        assertTrue((rig.x(A0) & 3) < 2, "mode 2 is reserved; the WARL field reads a legal mode");
    }

    @Test
    void breakpointAndInstructionAddressFaults() {
        rig.emit(ebreak()).stop();
        rig.runToStop();
        assertEquals(Cause.BREAKPOINT, rig.csr(Csr.MCAUSE));
        assertEquals(Rig.CODE, rig.csr(Csr.MEPC));
        Rig fetch = new Rig();
        fetch.emit(jalr(ZERO, A0, 0)).stop();
        fetch.set(A0, 0x4000);
        fetch.runToStop();
        assertEquals(Rig.M_TRAP, fetch.pc());
        assertEquals(Cause.INSTRUCTION_ACCESS_FAULT, fetch.csr(Csr.MCAUSE), "no memory at 0x4000");
        assertEquals(0x4000, fetch.csr(Csr.MEPC));
        assertEquals(0x4000, fetch.csr(Csr.MTVAL));
    }

    /**
     * A handler address with nothing to fetch traps again at once, forever (as on hardware), but
     * Machine.run must still come back to its caller: the UI and the tests stop runaway guests that way.
     */
    @Test
    void runReturnsWhenTheTrapHandlerItselfFaults() {
        rig.setCsr(Csr.MTVEC, 0x4000);
        rig.emit(ecall()).stop();
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> rig.run(1000));
        assertEquals(0x4000, rig.pc());
        assertEquals(Cause.INSTRUCTION_ACCESS_FAULT, rig.csr(Csr.MCAUSE));
        assertTrue(rig.machine.counters().exceptions(Cause.INSTRUCTION_ACCESS_FAULT) > 0);
    }

    @Test
    void runReturnsWhenTheTrapHandlerIsAnIllegalInstruction() {
        rig.setCsr(Csr.MTVEC, Rig.DATA); // zeroed RAM: 0x0000 is the defined-illegal halfword
        rig.emit(ecall()).stop();
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> rig.run(1000));
        assertEquals(Rig.DATA, rig.pc());
        assertEquals(Cause.ILLEGAL_INSTRUCTION, rig.csr(Csr.MCAUSE));
    }
}
