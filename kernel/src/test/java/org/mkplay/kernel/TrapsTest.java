package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mkplay.riscv.priv.Csr.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Csr;
import org.mkplay.vmmagic.Trap;
import org.mkplay.vmmagic.host.HostMachine;

/** The trap vector, frame and dispatch, in S-mode on the simulated board. */
class TrapsTest {
    /** The boot's trap frame. */
    private static final Address FRAME = Address.fromLong(Traps.FRAME_BASE);

    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    @BeforeEach
    void bootToSupervisor() {
        KernelRig.enterSupervisor();
        Traps.install();
        // what the glue saves for a trap taken in S-mode: sstatus with SPP = 1 (the handler dispatches on it)
        FRAME.storeLong(Trap.STATUS, STATUS_SPP);
    }

    @Test
    void installPointsStvecAtTheVectorAndSscratchAtTheFrame() {
        assertEquals(HostMachine.TRAP_VECTOR, Csr.read(STVEC));
        assertEquals(0x8700_0000L, Csr.read(SSCRATCH));
        assertEquals(0x8701_0000L, FRAME.loadLong(Trap.KERNEL_SP), "the handler's stack top in slot 0");
    }

    @Test
    void theTimerInterruptTicksTheClockAndResumesTheSameFrame() {
        Clock.start(100);
        Csr.write(SCAUSE, Cause.INTERRUPT | 5);
        assertEquals(FRAME, Traps.onTrap(FRAME));
        assertEquals(1, Clock.ticks());
        assertEquals("tick 1\n", board.console.toString());
    }

    @Test
    void anExceptionPanicsWithCauseSepcAndStval() {
        Csr.write(SCAUSE, Cause.ILLEGAL_INSTRUCTION);
        Csr.write(STVAL, 0x3002_5073L);
        FRAME.storeLong(Trap.EPC, 0x8000_1234L);
        SimulatedBoard.PowerOff off = assertThrows(SimulatedBoard.PowerOff.class, () -> Traps.onTrap(FRAME));
        assertEquals(Panic.STATUS, off.status);
        assertEquals(
                "panic: illegal instruction (scause 0x2) at sepc 0x80001234, stval 0x30025073\n",
                board.console.toString());
    }

    @Test
    void anInterruptOtherThanTheTimerPanics() {
        Csr.write(SCAUSE, Cause.INTERRUPT | 9);
        FRAME.storeLong(Trap.EPC, 0x8000_0ff0L);
        assertThrows(SimulatedBoard.PowerOff.class, () -> Traps.onTrap(FRAME));
        assertEquals(
                "panic: supervisor external interrupt (scause 0x8000000000000009) at sepc 0x80000ff0, stval 0x0\n",
                board.console.toString());
    }

    /**
     * Trace.probe's load faulting (QEMU has no trace window): the window is absent and the kernel resumes after the
     * load, 4 bytes on for a full-size instruction, 2 for a compressed one; outside the probe it is a kernel fault.
     */
    @Test
    void aLoadAccessFaultDuringTheTraceProbeMarksTheWindowAbsentAndResumesAfterTheLoad() {
        Trace.probing = true;
        try {
            probeFaults();
        } finally {
            Trace.probing = false;
        }
        Csr.write(SCAUSE, Cause.LOAD_ACCESS_FAULT);
        assertThrows(SimulatedBoard.PowerOff.class, () -> Traps.onTrap(FRAME), "outside the probe: a panic");
    }

    private void probeFaults() {
        Csr.write(SCAUSE, Cause.LOAD_ACCESS_FAULT);
        org.mkplay.vmmagic.Address.fromLong(0x8000_1000L).storeInt(0x0002_b283); // ld t0, 0(t0): low bits 11
        org.mkplay.vmmagic.Address.fromLong(0x8000_2000L).storeShort((short) 0x6280); // c.ld: low bits 00
        FRAME.storeLong(Trap.EPC, 0x8000_1000L);
        assertEquals(FRAME, Traps.onTrap(FRAME));
        assertEquals(0x8000_1004L, FRAME.loadLong(Trap.EPC));
        org.junit.jupiter.api.Assertions.assertTrue(Trace.absent);
        FRAME.storeLong(Trap.EPC, 0x8000_2000L);
        Traps.onTrap(FRAME);
        assertEquals(0x8000_2002L, FRAME.loadLong(Trap.EPC));
    }
}
