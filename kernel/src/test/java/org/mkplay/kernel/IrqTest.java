package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.vmmagic.Abi.*;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.riscv.board.PlicRegisters;
import org.mkplay.vmmagic.Trap;

/**
 * Interrupts bound to user space (docs/kernel.md, "Interrupts and devices"): IRQ_BIND's checks and its effect on the
 * PLIC, an interrupt becoming notification bits and waking the driver's waiter, the claim left open until IRQ_ACK,
 * an unbound source completed at once, and IRQ_ACK's checks. Process p (priority 1) holds: 0 the IRQ capability of
 * the UART's source, 1 notification SEND, 2 the same notification RECEIVE only, 3 an endpoint; 4 and up are empty.
 */
class IrqTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    KernelRig rig;
    Process p;
    Thread t;
    Notification n;
    Irq irq;

    @BeforeEach
    void setUp() {
        rig = new KernelRig();
        p = rig.process(1);
        n = Kernel.newNotification();
        irq = Kernel.irq(IRQ_UART);
        p.cspace.installIrq(0, irq);
        p.cspace.installNotification(1, n, RIGHT_SEND, 0);
        p.cspace.installNotification(2, n, RIGHT_RECEIVE, 0);
        p.cspace.installEndpoint(3, Kernel.newEndpoint(p), RIGHT_SEND | RIGHT_RECEIVE, 0);
        t = rig.start(p);
    }

    private long sys(int number, long a0, long a1, long... words) {
        return rig.sys(t, number, a0, a1, words);
    }

    static int plicWord(long offset) {
        return Plic.BASE.loadInt((int) offset);
    }

    @Test
    void bindChecksTheIrqAndTheNotificationCapabilityAndTheBits() {
        assertEquals(E_BAD_SLOT, sys(SYS_IRQ_BIND, 4, 1, 1), "an empty slot");
        assertEquals(E_WRONG_TYPE, sys(SYS_IRQ_BIND, 3, 1, 1), "an endpoint is no IRQ");
        assertEquals(E_WRONG_TYPE, sys(SYS_IRQ_BIND, 0, 3, 1), "an endpoint is no notification");
        assertEquals(E_NO_RIGHTS, sys(SYS_IRQ_BIND, 0, 2, 1), "signalling needs SEND");
        assertEquals(E_BAD_SLOT, sys(SYS_IRQ_BIND, 0, 64, 1));
        assertEquals(E_BAD_ARGUMENT, sys(SYS_IRQ_BIND, 0, 1, 0), "no bits to signal");
        assertEquals(0, plicWord(4L * IRQ_UART), "nothing enabled by a refused bind");
        assertSame(null, Kernel.boundIrq(IRQ_UART));
    }

    @Test
    void bindEnablesTheSourceForTheSupervisorContext() {
        assertEquals(OK, sys(SYS_IRQ_BIND, 0, 1, 0x4));
        assertEquals(1, plicWord(PlicRegisters.PRIORITY_BASE + 4L * IRQ_UART), "priority 1");
        long enable = PlicRegisters.ENABLE_BASE + PlicRegisters.ENABLE_STRIDE * PlicRegisters.CONTEXT_S;
        assertEquals(1 << IRQ_UART, plicWord(enable), "the source's enable bit in context 1");
        assertSame(irq, Kernel.boundIrq(IRQ_UART));
    }

    @Test
    void anInterruptWakesTheWaiterWithTheBitsAndStaysClaimedUntilAcknowledged() {
        assertEquals(OK, sys(SYS_IRQ_BIND, 0, 1, 0x4));
        Process driver = rig.process(3);
        driver.cspace.installNotification(0, n, RIGHT_RECEIVE, 0);
        driver.cspace.installIrq(1, irq);
        Thread w = rig.start(driver);
        rig.sys(w, SYS_WAIT, 0, 0);
        assertEquals(Thread.BLOCKED_WAIT, w.state);
        assertTrue(Kernel.interruptMayWake(), "a waiter on a bound notification: the kernel must not power off");
        board.plicPending = IRQ_UART;
        Interrupts.external();
        Sched.reschedule();
        Kernel.checkInvariants();
        assertSame(w, Sched.current(), "the waiter, of higher priority, runs");
        assertEquals(0x4, w.reg(Trap.A1));
        assertTrue(irq.claimed());
        assertEquals(List.of(), board.plicCompleted, "the claim stays open while the driver serves the device");
        assertEquals(OK, rig.sys(w, SYS_IRQ_ACK, 1, 0));
        assertFalse(irq.claimed());
        assertEquals(List.of(IRQ_UART), board.plicCompleted);
        assertEquals(E_BAD_ARGUMENT, rig.sys(w, SYS_IRQ_ACK, 1, 0), "nothing outstanding to acknowledge");
    }

    @Test
    void anInterruptWithNoWaiterLeavesTheBitsInTheWord() {
        assertEquals(OK, sys(SYS_IRQ_BIND, 0, 1, 0x10));
        assertFalse(Kernel.interruptMayWake(), "nobody waits");
        board.plicPending = IRQ_UART;
        Interrupts.external();
        assertEquals(0x10, n.word());
        assertEquals(OK, sys(SYS_POLL, 1 + 1, 0));
        assertEquals(0x10, t.reg(Trap.A1));
    }

    @Test
    void anUnboundSourceIsCompletedAtOnceAndNoClaimIsNothing() {
        board.plicPending = IRQ_UART;
        Interrupts.external();
        assertEquals(List.of(IRQ_UART), board.plicCompleted);
        assertFalse(irq.claimed());
        Interrupts.external(); // claim returns 0: nothing pending
        assertEquals(List.of(IRQ_UART), board.plicCompleted);
    }

    @Test
    void theClockTickBoundToANotificationWakesAWaiterEachTickAndTouchesNoPlic() {
        Irq tick = Kernel.irq(IRQ_TICK);
        p.cspace.installIrq(5, tick);
        assertEquals(OK, sys(SYS_IRQ_BIND, 5, 1, 0x2));
        assertEquals(0, plicWord(PlicRegisters.PRIORITY_BASE), "source 0 is no PLIC source");
        assertEquals(E_BAD_ARGUMENT, sys(SYS_IRQ_ACK, 5, 0), "a tick has nothing to acknowledge");
        Process sleeper = rig.process(3);
        sleeper.cspace.installNotification(0, n, RIGHT_RECEIVE, 0);
        Thread w = rig.start(sleeper);
        rig.sys(w, SYS_WAIT, 0, 0);
        assertTrue(Kernel.tickMayWake());
        Interrupts.timer();
        Sched.reschedule();
        assertSame(w, Sched.current(), "the tick woke the sleeper");
        assertEquals(0x2, w.reg(Trap.A1));
        assertFalse(Kernel.tickMayWake());
    }

    @Test
    void ackChecksItsCapability() {
        assertEquals(E_BAD_SLOT, sys(SYS_IRQ_ACK, 4, 0));
        assertEquals(E_WRONG_TYPE, sys(SYS_IRQ_ACK, 1, 0));
        assertEquals(E_BAD_ARGUMENT, sys(SYS_IRQ_ACK, 0, 0), "not claimed");
    }

    @Test
    void anIrqCapabilityCopiesAndDeletesLikeAnyOther() {
        assertEquals(OK, sys(SYS_CAP_COPY, 0, 5, RIGHTS_ALL, 0));
        assertSame(irq, p.cspace.slot(5).irq);
        assertEquals(E_BAD_ARGUMENT, sys(SYS_CAP_COPY, 0, 6, RIGHTS_ALL, 9), "an IRQ capability takes no badge");
        assertEquals(OK, sys(SYS_CAP_DELETE, 5, 0));
        assertTrue(p.cspace.slot(5).isEmpty());
    }
}
