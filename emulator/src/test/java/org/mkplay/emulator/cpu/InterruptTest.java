package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.mkplay.riscv.board.Virt;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/**
 * Interrupts from the board's devices (CLINT timer and software interrupt, UART through the PLIC),
 * their priority (privileged spec 3.1.9), and wfi (3.3.3) with the machine's idle-time skip.
 */
class InterruptTest {
    private static final long MSIP_REGISTER = Virt.CLINT_BASE, MTIMECMP = Virt.CLINT_BASE + 0x4000;
    private static final long PLIC = Virt.PLIC_BASE, UART = Virt.UART_BASE;
    private static final long HANDLER = Rig.RAM + 0x800;
    private static final long INTERRUPT = Cause.INTERRUPT;
    private final Rig rig = new Rig();

    /** An M-mode handler that records minstret (a1) and mepc (a2), then spins. */
    private static long recordingHandler(Rig rig) {
        return rig.recordingHandler(HANDLER, A1, A2);
    }

    /** Emits an endless counting loop (a0 += 1) and returns its address. */
    private static long countingLoop(Rig rig) {
        long loop = rig.here();
        rig.emit(addi(A0, A0, 1), jal(ZERO, -4));
        return loop;
    }

    private static long timerProgram(Rig rig, long mtimecmp) {
        long stop = recordingHandler(rig);
        rig.storeTo(MTIMECMP, mtimecmp, 8).csrw(Csr.MIE, Csr.IRQ_MTI).csrw(Csr.MSTATUS, Csr.STATUS_MIE);
        countingLoop(rig);
        return stop;
    }

    @Test
    void timerInterruptArrivesWhenMtimeReachesMtimecmp() {
        long stop = timerProgram(rig, 100);
        rig.run(5000);
        assertEquals(stop, rig.pc());
        assertEquals(INTERRUPT | 7, rig.csr(Csr.MCAUSE));
        assertEquals(1000, rig.x(A1), "mtime = retired / 10 reaches 100 after exactly 1000 instructions");
        assertEquals(1, rig.machine.counters().interrupts(7));
    }

    @Test
    void timerInterruptPointDoesNotDependOnHowTheRunIsSliced() {
        long[] observed = null;
        for (int chunk : new int[] {1, 7, 64, 100_000}) {
            Rig sliced = new Rig();
            timerProgram(sliced, 37);
            for (int done = 0; done < 3000; done += chunk) {
                sliced.run(chunk);
            }
            long[] state = {sliced.x(A0), sliced.x(A1), sliced.x(A2)};
            if (observed != null) {
                assertEquals(observed[0], state[0], "loop count, chunk " + chunk);
                assertEquals(observed[1], state[1], "minstret at the interrupt, chunk " + chunk);
                assertEquals(observed[2], state[2], "mepc, chunk " + chunk);
            }
            observed = state;
        }
        assertEquals(370, observed[1]);
    }

    @Test
    void softwareInterruptThroughMsip() {
        recordingHandler(rig);
        rig.csrw(Csr.MIE, Csr.IRQ_MSI).csrw(Csr.MSTATUS, Csr.STATUS_MIE).storeTo(MSIP_REGISTER, 1, 4);
        long after = rig.here();
        rig.emit(addi(A0, ZERO, 1));
        rig.runToStop();
        assertEquals(INTERRUPT | 3, rig.csr(Csr.MCAUSE));
        assertEquals(after, rig.x(A2), "taken right after the store that raised it");
        assertEquals(Csr.IRQ_MSI, rig.csr(Csr.MIP) & Csr.IRQ_MSI);
        assertEquals(0, rig.x(A0));
    }

    @Test
    void clearingMsipClearsThePendingBit() {
        rig.storeTo(MSIP_REGISTER, 1, 4)
                .emit(csrr(A0, Csr.MIP))
                .storeTo(MSIP_REGISTER, 0, 4)
                .emit(csrr(A1, Csr.MIP));
        rig.stop();
        rig.runToStop();
        assertEquals(Csr.IRQ_MSI, rig.x(A0) & Csr.IRQ_MSI);
        assertEquals(0, rig.x(A1) & Csr.IRQ_MSI);
    }

    /** PLIC setup for UART receive interrupts on {@code context} (0 = M, 1 = S), threshold 0, priority 1. */
    private static void uartInterrupts(Rig rig, int context) {
        rig.storeTo(PLIC + 4L * Virt.UART_IRQ, 1, 4);
        rig.storeTo(PLIC + 0x2000 + 0x80L * context, 1L << Virt.UART_IRQ, 4);
        rig.storeTo(PLIC + 0x200000 + 0x1000L * context, 0, 4);
        rig.storeTo(UART + 1, 1, 1); // IER: received data available
    }

    /** Handler: claim (a1), read the byte (a2), complete, claim again (a3), mip (a4). */
    private static void externalHandler(Rig rig, long address, long claim, int mip) {
        long here = rig.here();
        rig.at(address).li(T0, claim).li(T1, UART);
        rig.emit(lw(A1, T0, 0), lbu(A2, T1, 0), sw(A1, T0, 0), lw(A3, T0, 0), csrr(A4, mip))
                .stop();
        rig.at(here);
    }

    @Test
    void uartInputRaisesMachineExternalInterruptThroughThePlic() {
        externalHandler(rig, HANDLER, PLIC + 0x200004, Csr.MIP);
        rig.setCsr(Csr.MTVEC, HANDLER);
        uartInterrupts(rig, 0);
        rig.csrw(Csr.MIE, Csr.IRQ_MEI).csrw(Csr.MSTATUS, Csr.STATUS_MIE);
        long loop = countingLoop(rig);
        rig.run(500);
        assertTrue(rig.pc() == loop || rig.pc() == loop + 4, "no interrupt without input");
        rig.machine.uart().pushInput('A');
        rig.runToStop(100);
        assertEquals(INTERRUPT | 11, rig.csr(Csr.MCAUSE));
        assertEquals(Virt.UART_IRQ, rig.x(A1), "claim returns the UART source");
        assertEquals('A', rig.x(A2));
        assertEquals(0, rig.x(A3), "nothing left to claim");
        assertEquals(0, rig.x(A4) & Csr.IRQ_MEI, "MEIP drops once the byte is read and the source completed");
    }

    @Test
    void uartInputRaisesSupervisorExternalInterruptWhenDelegated() {
        long handler = Rig.RAM + 0xC00;
        externalHandler(rig, handler, PLIC + 0x201004, Csr.SIP);
        rig.setCsr(Csr.STVEC, handler).setCsr(Csr.MIDELEG, Csr.IRQ_SEI).setCsr(Csr.MIE, Csr.IRQ_SEI);
        uartInterrupts(rig, 1);
        rig.csrw(Csr.MSTATUS, Csr.STATUS_SIE);
        rig.dropTo(Privilege.SUPERVISOR);
        countingLoop(rig);
        rig.run(500);
        assertEquals(0, rig.machine.counters().trapsTotal());
        rig.machine.uart().pushInput('z');
        rig.runToStop(100);
        assertEquals(Privilege.SUPERVISOR, rig.privilege());
        assertEquals(INTERRUPT | 9, rig.csr(Csr.SCAUSE));
        assertEquals(Virt.UART_IRQ, rig.x(A1));
        assertEquals('z', rig.x(A2));
        assertEquals(0, rig.x(A3));
        assertEquals(0, rig.x(A4) & Csr.IRQ_SEI);
    }

    /** Sources: MSI via the CLINT, MTI via mtimecmp = 0, and the software-writable SEIP/SSIP/STIP bits of mip. */
    private long firstCause(long sources) {
        Rig fresh = new Rig(2);
        fresh.setCsr(Csr.MTVEC, Rig.M_TRAP);
        if ((sources & Csr.IRQ_MSI) != 0) {
            fresh.storeTo(MSIP_REGISTER, 1, 4);
        }
        if ((sources & Csr.IRQ_MTI) != 0) {
            fresh.storeTo(MTIMECMP, 0, 8);
        }
        fresh.csrw(Csr.MIP, sources & (Csr.IRQ_SEI | Csr.IRQ_SSI | Csr.IRQ_STI)).csrw(Csr.MIE, Csrs.MIE_WRITABLE);
        fresh.csrw(Csr.MSTATUS, Csr.STATUS_MIE).stop();
        fresh.runToStop(200);
        assertEquals(Rig.M_TRAP, fresh.pc());
        return fresh.csr(Csr.MCAUSE) & ~INTERRUPT;
    }

    @Test
    void machineLevelPriorityOrder() {
        assertEquals(
                3, firstCause(Csr.IRQ_MSI | Csr.IRQ_MTI | Csr.IRQ_SEI | Csr.IRQ_SSI | Csr.IRQ_STI), "MSI before MTI");
        assertEquals(7, firstCause(Csr.IRQ_MTI | Csr.IRQ_SEI | Csr.IRQ_SSI | Csr.IRQ_STI), "MTI before SEI");
        assertEquals(9, firstCause(Csr.IRQ_SEI | Csr.IRQ_SSI | Csr.IRQ_STI), "SEI before SSI");
        assertEquals(1, firstCause(Csr.IRQ_SSI | Csr.IRQ_STI), "SSI before STI");
        assertEquals(5, firstCause(Csr.IRQ_STI));
    }

    @Test
    void externalBeatsSoftwareAtMachineLevel() {
        externalHandler(rig, HANDLER, PLIC + 0x200004, Csr.MIP);
        rig.setCsr(Csr.MTVEC, HANDLER);
        uartInterrupts(rig, 0);
        rig.storeTo(MSIP_REGISTER, 1, 4);
        rig.csrw(Csr.MIE, Csr.IRQ_MEI | Csr.IRQ_MSI).emit(addi(S0, ZERO, 1)); // both pending before MIE is set
        rig.csrw(Csr.MSTATUS, Csr.STATUS_MIE);
        countingLoop(rig);
        rig.machine.uart().pushInput('!');
        rig.runToStop(200);
        assertEquals(INTERRUPT | 11, rig.csr(Csr.MCAUSE));
    }

    @Test
    void machineInterruptPreemptsSupervisorEvenWithSieClear() {
        rig.setCsr(Csr.MIDELEG, Csr.IRQ_SSI).setCsr(Csr.MIE, Csr.IRQ_SSI | Csr.IRQ_MSI);
        rig.dropTo(Privilege.SUPERVISOR);
        rig.storeTo(MSIP_REGISTER, 1, 4);
        long after = rig.here();
        rig.emit(addi(A0, ZERO, 1)).stop();
        rig.runToStop(100);
        assertEquals(Rig.M_TRAP, rig.pc(), "M-level interrupts are always enabled below M");
        assertEquals(INTERRUPT | 3, rig.csr(Csr.MCAUSE));
        assertEquals(after, rig.csr(Csr.MEPC));
        assertEquals(1, (rig.csr(Csr.MSTATUS) & Csr.STATUS_MPP) >>> Csr.STATUS_MPP_SHIFT);
    }

    @Test
    void delegatedInterruptIsNotTakenInMachineMode() {
        rig.setCsr(Csr.MIDELEG, Csr.IRQ_SSI).setCsr(Csr.MIE, Csr.IRQ_SSI).setCsr(Csr.MIP, Csr.IRQ_SSI);
        rig.csrw(Csr.MSTATUS, Csr.STATUS_MIE | Csr.STATUS_SIE).emit(addi(A0, ZERO, 5));
        long end = rig.stop();
        rig.runToStop(100);
        assertEquals(end, rig.pc());
        assertEquals(0, rig.machine.counters().trapsTotal());
    }

    @Test
    void wfiSleepsUntilTheTimerAndTheMachineSkipsTheIdleTime() {
        rig.emit(csrr(S0, Csr.TIME));
        rig.li(T0, 1_000_000).emit(add(T0, T0, S0)).li(T5, MTIMECMP).emit(sd(T0, T5, 0));
        rig.csrw(Csr.MIE, Csr.IRQ_MTI).emit(wfi(), csrr(A0, Csr.TIME), csrr(A1, Csr.MINSTRET)); // MIE = 0: no trap
        long end = rig.stop();
        rig.runToStop(100);
        assertEquals(end, rig.pc());
        assertTrue(rig.x(A0) >= rig.x(S0) + 1_000_000, "time moved on to the deadline: " + rig.x(A0));
        assertTrue(rig.x(A1) < 50, "no instructions were spent waiting: " + rig.x(A1));
        assertEquals(0, rig.machine.counters().trapsTotal());
    }

    @Test
    void wfiWithInterruptsEnabledTakesTheInterruptAfterWfi() {
        recordingHandler(rig);
        rig.storeTo(MTIMECMP, 500, 8).csrw(Csr.MIE, Csr.IRQ_MTI).csrw(Csr.MSTATUS, Csr.STATUS_MIE);
        long wfiAt = rig.here();
        rig.emit(wfi(), addi(A0, ZERO, 1));
        rig.run(2000);
        assertEquals(INTERRUPT | 7, rig.csr(Csr.MCAUSE));
        assertEquals(wfiAt + 4, rig.x(A2), "mepc is the instruction after wfi");
        assertEquals(0, rig.x(A0));
    }

    @Test
    void wfiWithNothingToWakeItLeavesTheMachineWaitingUntilInput() {
        uartInterrupts(rig, 0);
        rig.csrw(Csr.MIE, Csr.IRQ_MEI).emit(wfi(), lbu(A0, T5, -1)); // t5 still holds UART + 1; MIE = 0
        long end = rig.stop();
        long retired = rig.run(10_000);
        assertTrue(retired < 10_000);
        assertTrue(rig.machine.waiting());
        assertEquals(0, rig.run(10_000), "stays asleep");
        rig.machine.uart().pushInput('q');
        rig.runToStop(100);
        assertFalse(rig.machine.waiting());
        assertEquals(end, rig.pc());
        assertEquals('q', rig.x(A0));
    }
}
