package org.mkplay.emulator.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.isa.Encoder.*;
import static org.mkplay.riscv.isa.Reg.*;

import org.junit.jupiter.api.Test;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.riscv.priv.Csr;

/**
 * The Sstc extension (stimecmp, 0x14D; menvcfg.STCE, bit 63): who may access stimecmp, and STIP
 * following {@code time >= stimecmp} at exact instruction counts. xv6-riscv's current kernel programs
 * its clock this way, as QEMU 7.2's default rv64 CPU allows.
 */
class SstcTest {
    private static final long INTERRUPT = Cause.INTERRUPT;
    private static final int STIMECMP = Csr.STIMECMP;
    /** mcounteren/scounteren bits CY, TM and IR. */
    private static final long COUNTERS = 7;

    /** Runs {@code instruction} at {@code privilege} with the given menvcfg and mcounteren; true if illegal. */
    private static boolean illegal(int privilege, int instruction, long menvcfg, long mcounteren) {
        Rig rig = new Rig(1);
        rig.setCsr(Csr.MENVCFG, menvcfg).setCsr(Csr.MCOUNTEREN, mcounteren).setCsr(Csr.SCOUNTEREN, COUNTERS);
        return rig.set(A1, 1234).raisesIllegalInstruction(privilege, instruction);
    }

    @Test
    void machineModeAlwaysReachesStimecmp() {
        assertEquals(false, illegal(Privilege.MACHINE, csrw(STIMECMP, A1), 0, 0));
        assertEquals(false, illegal(Privilege.MACHINE, csrr(A0, STIMECMP), 0, 0));
        Rig rig = new Rig(1);
        rig.set(A1, 0x1234_5678_9ABCL)
                .emit(csrw(STIMECMP, A1), csrr(A0, STIMECMP))
                .stop();
        rig.runToStop();
        assertEquals(0x1234_5678_9ABCL, rig.x(A0));
    }

    @Test
    void supervisorNeedsStceAndMcounterenTm() {
        assertEquals(true, illegal(Privilege.SUPERVISOR, csrr(A0, STIMECMP), 0, COUNTERS), "STCE clear");
        assertEquals(true, illegal(Privilege.SUPERVISOR, csrw(STIMECMP, A1), Csr.MENVCFG_STCE, 0), "TM clear");
        assertEquals(false, illegal(Privilege.SUPERVISOR, csrw(STIMECMP, A1), Csr.MENVCFG_STCE, Csr.COUNTEREN_TM));
        assertEquals(
                true, illegal(Privilege.USER, csrr(A0, STIMECMP), Csr.MENVCFG_STCE, COUNTERS), "S-level CSR from U");
    }

    @Test
    void menvcfgKeepsStce() {
        Rig rig = new Rig(1);
        rig.li(A1, -1).emit(csrw(Csr.MENVCFG, A1), csrr(A0, Csr.MENVCFG)).stop();
        rig.runToStop();
        assertEquals(Csr.MENVCFG_STCE | 1, rig.x(A0));
    }

    /**
     * What xv6's start() does: STCE, TM, STIE delegated, first deadline; then S-mode with SIE set runs a
     * counting loop. The S handler records instret (a1) and sepc (a2).
     */
    private static long supervisorTimerProgram(Rig rig, long stimecmp) {
        long handler = Rig.RAM + 0x800;
        long here = rig.here();
        rig.at(handler).emit(csrr(A1, Csr.INSTRET), csrr(A2, Csr.SEPC));
        long stop = rig.stop();
        rig.at(here);
        rig.setCsr(Csr.STVEC, handler);
        rig.csrw(Csr.MENVCFG, Csr.MENVCFG_STCE)
                .csrw(Csr.MCOUNTEREN, COUNTERS)
                .csrw(Csr.MIDELEG, Csr.IRQ_STI)
                .csrw(Csr.MIE, Csr.IRQ_STI)
                .li(T0, stimecmp)
                .emit(csrw(STIMECMP, T0));
        rig.dropTo(Privilege.SUPERVISOR);
        rig.csrw(Csr.SSTATUS, Csr.STATUS_SIE);
        rig.emit(addi(A0, A0, 1), jal(ZERO, -4));
        return stop;
    }

    @Test
    void supervisorTimerInterruptArrivesWhenTimeReachesStimecmp() {
        Rig rig = new Rig();
        long stop = supervisorTimerProgram(rig, 100);
        rig.run(5000);
        assertEquals(stop, rig.pc());
        assertEquals(INTERRUPT | 5, rig.csr(Csr.SCAUSE));
        assertEquals(Privilege.SUPERVISOR, rig.privilege());
        assertEquals(1000, rig.x(A1), "time = retired / 10 reaches 100 after exactly 1000 instructions");
        assertEquals(1, rig.machine.counters().interrupts(5));
    }

    @Test
    void interruptPointDoesNotDependOnHowTheRunIsSliced() {
        for (int chunk : new int[] {1, 7, 100_000}) {
            Rig rig = new Rig();
            supervisorTimerProgram(rig, 37);
            for (int done = 0; done < 3000; done += chunk) {
                rig.run(chunk);
            }
            assertEquals(370, rig.x(A1), "instret at the interrupt, chunk " + chunk);
        }
    }

    @Test
    void stipFollowsTheComparisonAndIgnoresSoftwareWhileStceIsSet() {
        Rig rig = new Rig();
        rig.csrw(Csr.MENVCFG, Csr.MENVCFG_STCE).li(T0, 50).emit(csrw(STIMECMP, T0));
        rig.csrw(Csr.MIP, 0).emit(csrr(S1, Csr.MIP)); // written early: time < 50, and software cannot clear a due STIP
        for (int i = 0; i < 600; i++) {
            rig.emit(addi(ZERO, ZERO, 0));
        }
        rig.emit(csrr(A3, Csr.MIP)).csrw(Csr.MIP, 0).emit(csrr(A4, Csr.MIP));
        rig.li(T0, -1).emit(csrw(STIMECMP, T0), csrr(A5, Csr.MIP)); // a later deadline clears it (xv6's clockintr)
        rig.csrw(Csr.MENVCFG, 0).csrw(Csr.MIP, Csr.IRQ_STI).emit(csrr(A6, Csr.MIP)); // STCE clear: software bit again
        rig.stop();
        rig.runToStop(10_000);
        assertEquals(0, rig.x(S1) & Csr.IRQ_STI, "before the deadline");
        assertEquals(Csr.IRQ_STI, rig.x(A3) & Csr.IRQ_STI, "after the deadline");
        assertEquals(Csr.IRQ_STI, rig.x(A4) & Csr.IRQ_STI, "a write of mip does not clear it");
        assertEquals(0, rig.x(A5) & Csr.IRQ_STI, "new stimecmp in the future");
        assertEquals(Csr.IRQ_STI, rig.x(A6) & Csr.IRQ_STI, "software-writable without STCE");
    }

    @Test
    void wfiSleepsUntilStimecmp() {
        Rig rig = new Rig();
        rig.csrw(Csr.MENVCFG, Csr.MENVCFG_STCE).csrw(Csr.MIE, Csr.IRQ_STI).emit(csrr(S0, Csr.TIME));
        rig.li(T0, 1_000_000).emit(add(T0, T0, S0), csrw(STIMECMP, T0), wfi(), csrr(A0, Csr.TIME));
        long end = rig.stop();
        rig.runToStop(100);
        assertEquals(end, rig.pc());
        assertTrue(rig.x(A0) >= rig.x(S0) + 1_000_000, "time skipped to the deadline: " + rig.x(A0));
        assertEquals(0, rig.machine.counters().trapsTotal(), "mstatus.MIE = 0 and STIP not delegated: no trap");
    }
}
