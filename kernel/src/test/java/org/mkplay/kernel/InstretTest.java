package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.vmmagic.Abi.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.riscv.priv.Csr;

/**
 * Instruction accounting (docs/kernel.md, "Instruction accounting") on the simulated board, whose instret moves
 * only when the test advances it: each switch charges the instructions since the last one to the thread that ran,
 * an idle wait goes to the kernel's share, the counts add up to instret exactly, and INSTRET reads them through a
 * checked process capability.
 */
class InstretTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    private long instret() {
        return board.csrs().read(Csr.INSTRET);
    }

    /** The accounting's invariant: every thread's count, the kernel's share and the unsettled rest make instret. */
    private void assertAccountsForInstret() {
        long sum = Sched.kernelInstret;
        for (int i = 0; i < Kernel.threadsUsed(); i++) sum += Sched.instret(Kernel.thread(i));
        assertEquals(instret(), sum, "threads + kernel = instret");
    }

    @Test
    void eachSwitchChargesTheThreadThatRan() {
        KernelRig rig = new KernelRig();
        Process pa = rig.process(1), pb = rig.process(1);
        Thread a = rig.start(pa), b = rig.start(pb);
        Sched.activate(a);
        board.csrs().advanceTime(1000); // a busy
        Sched.activate(b);
        board.csrs().advanceTime(10); // b nearly idle
        Sched.activate(a);
        assertEquals(1000, a.instret);
        assertEquals(10, b.instret);
        board.csrs().advanceTime(5); // a's running slice counts when read
        assertEquals(1005, Sched.instret(a));
        assertAccountsForInstret();
    }

    @Test
    void countsOnlyGrowAndAddUpToInstret() {
        KernelRig rig = new KernelRig();
        Thread[] ts = {rig.start(rig.process(1)), rig.start(rig.process(1)), rig.start(rig.process(2))};
        long[] last = new long[ts.length];
        for (int round = 0; round < 50; round++) {
            Sched.activate(ts[round % ts.length]);
            board.csrs().advanceTime(1 + round * 7 % 13);
            for (int i = 0; i < ts.length; i++) {
                long now = Sched.instret(ts[i]);
                assertTrue(now >= last[i], "thread " + i + " went back from " + last[i] + " to " + now);
                last[i] = now;
            }
            assertAccountsForInstret();
        }
    }

    @Test
    void theSyscallReadsAProcessCountAndRejectsABadCapability() {
        KernelRig rig = new KernelRig();
        Process p = rig.process(1), q = rig.process(0);
        p.cspace.installProcess(5, q, 0); // no rights needed to read
        p.cspace.installNotification(2, Kernel.newNotification(), RIGHT_SEND, 0);
        Thread t = rig.start(p);
        rig.start(q);
        q.thread.instret = 1234;
        assertEquals(1234, rig.sys(t, SYS_INSTRET, 5, 0));
        assertEquals(E_BAD_SLOT, rig.sys(t, SYS_INSTRET, 9, 0));
        assertEquals(E_BAD_SLOT, rig.sys(t, SYS_INSTRET, -1, 0));
        assertEquals(E_WRONG_TYPE, rig.sys(t, SYS_INSTRET, 2, 0));
        assertEquals(Thread.RUNNING, t.state);
    }
}
