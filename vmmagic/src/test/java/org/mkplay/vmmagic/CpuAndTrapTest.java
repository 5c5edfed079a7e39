package org.mkplay.vmmagic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.priv.Csr.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.host.CsrFile;
import org.mkplay.vmmagic.host.HostMachine;
import org.mkplay.vmmagic.host.HostTrap;

class CpuAndTrapTest {
    private static final Address FRAME = Address.fromLong(0x8010_0000L);

    @RegisterExtension
    final FreshHostMachine machine = new FreshHostMachine();

    @Test
    void fencesAndWfiAreCounted() {
        Cpu.fence();
        Cpu.fence();
        Cpu.fenceI();
        Cpu.wfi();
        Cpu.sfenceVma();
        assertEquals(2, machine.fences());
        assertEquals(1, machine.fenceIs());
        assertEquals(1, machine.wfis());
        assertEquals(1, machine.sfenceVmas());
    }

    @Test
    void enterSupervisorIsAnMret() {
        Csr.write(MSTATUS, STATUS_MPIE | STATUS_MPP);
        Cpu.enterSupervisor();
        assertEquals(CsrFile.SUPERVISOR, machine.csrs().privilege());
        long mstatus = machine.csrs().read(SSTATUS); // readable from S-mode
        assertEquals(0, mstatus & STATUS_SIE);
        HostTrap again = assertThrows(HostTrap.class, Cpu::enterSupervisor);
        assertTrue(again.getMessage().contains("mret outside M-mode"), again.getMessage());
    }

    /** A handler like a kernel's syscall entry: a7 selects, a0..a2 are arguments, a0 the result. */
    private static Address syscall(Address frame) {
        long result = Csr.read(SCAUSE) == Cause.ECALL_FROM_S && frame.loadLong(Trap.A7) == 1
                ? frame.loadLong(Trap.A0) + frame.loadLong(Trap.A1) * frame.loadLong(Trap.A2)
                : -1;
        frame.storeLong(Trap.A0, result);
        frame.storeLong(Trap.EPC, frame.loadLong(Trap.EPC) + 4);
        return frame;
    }

    private void bootToSupervisorWithTrapHandler() {
        Csr.write(MEDELEG, 1L << Cause.ECALL_FROM_S);
        Cpu.enterSupervisor();
        Csr.write(STVEC, Trap.vector().toLong());
        Csr.write(SSCRATCH, FRAME.toLong());
        Csr.setBits(SSTATUS, STATUS_SIE);
    }

    @Test
    void delegatedEcallRunsTheHandlerOnTheFrame() {
        machine.setTrapHandler(CpuAndTrapTest::syscall);
        bootToSupervisorWithTrapHandler();
        assertEquals(10 + 6 * 7, Cpu.ecall(1, 10, 6, 7));
        assertEquals(HostMachine.ECALL_PC, Csr.read(SEPC) - 4, "the handler moved sepc past the ecall");
        assertEquals(
                STATUS_SPP | STATUS_SPIE,
                FRAME.loadLong(Trap.STATUS) & (STATUS_SPP | STATUS_SPIE | STATUS_SIE),
                "saved sstatus: from S-mode, interrupts were on, and are off in the handler");
        assertEquals(STATUS_SIE, Csr.read(SSTATUS) & STATUS_SIE, "sret turned them back on");
        assertEquals(CsrFile.SUPERVISOR, machine.csrs().privilege());
    }

    @Test
    void aHandlerThatDoesNotAdvanceSepcCannotBeFollowed() {
        machine.setTrapHandler(frame -> frame);
        bootToSupervisorWithTrapHandler();
        HostTrap t = assertThrows(HostTrap.class, () -> Cpu.ecall(1, 0, 0, 0));
        assertTrue(t.getMessage().contains("not after the ecall"), t.getMessage());
    }

    @Test
    void anUndelegatedEcallGoesToMachineMode() {
        HostMachine withFirmware = new HostMachine() {
            @Override
            protected long machineEcall(long function, long a0, long a1, long a2) {
                return function * 100 + a0;
            }
        };
        HostMachine.install(withFirmware);
        Cpu.enterSupervisor();
        assertEquals(705, Cpu.ecall(7, 5, 0, 0));
        HostMachine.install(new HostMachine());
        HostTrap none = assertThrows(HostTrap.class, () -> Cpu.ecall(7, 5, 0, 0));
        assertEquals(Cause.ECALL_FROM_M, none.cause());
    }
}
