package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.riscv.priv.Csr.*;
import static org.mkplay.vmmagic.Abi.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.vmmagic.Csr;

/** Fixed priorities, round robin within one, time slices and preemption by the timer tick, yield, idle. */
class SchedTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    KernelRig rig;

    @BeforeEach
    void setUp() {
        rig = new KernelRig();
    }

    @Test
    void theHighestPriorityRunsAndAStartedHigherPriorityPreempts() {
        Thread low = rig.threads(1)[0];
        assertSame(low, Sched.current());
        Thread high = rig.start(rig.process(5));
        assertSame(high, Sched.current());
        assertEquals(Thread.READY, low.state);
        Thread mid = rig.start(rig.process(3));
        assertSame(high, Sched.current(), "a lower priority does not preempt");
        assertEquals(Thread.READY, mid.state);
    }

    @Test
    void theHighestReadyPriorityIsFoundInEitherHalfOfTheMask() {
        assertEquals(-1, Sched.highestReady());
        for (int p : new int[] {0, 3, 7, 8, 9, 15}) {
            Sched.makeReady(rig.process(p).thread);
            assertEquals(p, Sched.highestReady(), "after a thread of priority " + p);
        }
    }

    @Test
    void theHighestReadyPriorityIsFoundForEveryPairOfPriorities() {
        for (int p = 0; p < Sched.PRIORITIES; p++) {
            for (int q = 0; q < Sched.PRIORITIES; q++) {
                Kernel.init();
                Sched.makeReady(rig.process(p).thread);
                Sched.makeReady(rig.process(q).thread);
                assertEquals(Math.max(p, q), Sched.highestReady(), p + " and " + q);
            }
        }
    }

    @Test
    void aYieldWithNothingElseReadyAtItsPriorityReturnsAtOnceWithAFreshSlice() {
        Thread[] t = rig.threads(4, 1);
        t[0].sliceLeft = 1;
        Kernel.resume(); // t[0] is the thread that last ran
        Trace.enable(); // a switch is a SWITCH record
        rig.sys(t[0], SYS_YIELD, 0, 0);
        assertSame(t[0], Sched.current());
        assertEquals(Thread.RUNNING, t[0].state);
        assertEquals(t[0].timeSlice, t[0].sliceLeft, "a new slice, as if it had gone round its queue");
        assertEquals(Thread.READY, t[1].state, "the lower priority still waits");
        Kernel.resume();
        assertEquals(0, records(Trace.SWITCH), "no switch");
    }

    /** YIELD's fast path (Traps.onSyscall) keeps the caller only when the general way would, and it ran last. */
    @Test
    void keepsRunningOnlyWithNothingReadyAtOrAboveItsPriorityAndWhenItRanLast() {
        Thread[] t = rig.threads(4, 1);
        assertFalse(Sched.keepsRunning(t[0]), "not activated yet: another thread's space may be the hart's");
        Kernel.resume();
        t[0].sliceLeft = 1;
        assertTrue(Sched.keepsRunning(t[0]));
        assertEquals(t[0].timeSlice, t[0].sliceLeft, "a new slice");
        Thread same = rig.start(rig.process(4));
        assertFalse(Sched.keepsRunning(t[0]), "one of its priority is ready: it takes its turn");
        assertEquals(Thread.READY, same.state);
    }

    @Test
    void equalPrioritiesTakeTurnsWhenTheirSliceRunsOut() {
        Thread[] t = rig.threads(2, 2, 2);
        assertSame(t[0], Sched.current());
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3; i++) {
                assertSame(t[i], Sched.current(), "round " + round + " turn " + i);
                for (int tick = 0; tick < Sched.DEFAULT_SLICE; tick++) {
                    assertSame(t[i], Sched.current(), "tick " + tick + " of the slice");
                    Sched.tick();
                    Sched.reschedule();
                    KernelRig.check();
                }
            }
        }
    }

    @Test
    void yieldGoesToTheTailOfItsPriority() {
        Thread[] t = rig.threads(4, 4);
        rig.sys(t[0], SYS_YIELD, 0, 0);
        assertSame(t[1], Sched.current());
        assertSame(t[0], Sched.readyQueue(4).head);
        assertEquals(OK, t[0].reg(org.mkplay.vmmagic.Trap.A0));
    }

    @Test
    void aThreadAloneAtItsPriorityKeepsRunningAfterItsSlice() {
        Thread[] t = rig.threads(4, 1);
        for (int tick = 0; tick < 3 * Sched.DEFAULT_SLICE; tick++) {
            Sched.tick();
            Sched.reschedule();
        }
        assertSame(t[0], Sched.current(), "the lower priority never runs while the higher one can");
    }

    @Test
    void aPreemptedThreadKeepsTheRestOfItsSliceAndItsTurn() {
        Thread[] t = rig.threads(2, 2);
        Sched.tick();
        Thread high = rig.start(rig.process(6));
        assertSame(high, Sched.current());
        assertSame(t[0], Sched.readyQueue(2).head, "back at the head, before t[1]");
        assertEquals(Sched.DEFAULT_SLICE - 1, t[0].sliceLeft);
        rig.sys(high, SYS_EXIT, 0, 0);
        assertSame(t[0], Sched.current());
    }

    @Test
    void withNothingReadyTheCurrentThreadIsNone() {
        Thread t = rig.threads(1)[0];
        rig.sys(t, SYS_EXIT, 0, 0);
        assertNull(Sched.current());
        assertEquals(-1, Sched.highestReady());
    }

    @Test
    void theTimerInterruptTicksTheSliceAndRearmsTheClock() {
        Thread[] t = rig.threads(2, 2);
        Clock.start(100);
        for (int i = 0; i < Sched.DEFAULT_SLICE; i++) Interrupts.timer();
        Sched.reschedule();
        assertSame(t[1], Sched.current());
        assertEquals(Sched.DEFAULT_SLICE, Clock.ticks());
        assertEquals(100L * (Sched.DEFAULT_SLICE + 1), Csr.read(STIMECMP), "a deadline one period after the last");
    }

    @Test
    void activateWritesSatpOnlyWhenTheAddressSpaceChanges() {
        Trace.enable(); // a switch is a SWITCH record, an address-space switch a SPACE record
        Process a = rig.process(1), b = rig.process(1);
        a.satp = SATP_SV39 | 1L << 44 | 0x87010;
        b.satp = SATP_SV39 | 2L << 44 | 0x87020;
        rig.start(a);
        rig.start(b);
        Kernel.resume();
        assertEquals(a.satp, Csr.read(SATP));
        rig.sys(a.thread, SYS_YIELD, 0, 0);
        Kernel.resume();
        assertEquals(b.satp, Csr.read(SATP));
        assertEquals(2, records(Trace.SWITCH));
        assertEquals(2, records(Trace.SPACE));
        Kernel.resume();
        assertEquals(2, records(Trace.SWITCH), "resuming the same thread is no switch");
    }

    private long records(int type) {
        return board.trace.stream().filter(r -> r.type() == type).count();
    }
}
