package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mkplay.kernel.KernelRig.info;
import static org.mkplay.kernel.KernelRig.word;
import static org.mkplay.vmmagic.Abi.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.Trap;

/** A user fault or exit becomes a message to the fault endpoint; without one, a console line. */
class FaultTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    KernelRig rig;
    Process supervisor, worker;
    Endpoint faults;
    Thread sup, w;

    @BeforeEach
    void setUp() {
        rig = new KernelRig();
        supervisor = rig.process(3);
        worker = rig.process(1);
        faults = Kernel.newEndpoint(supervisor);
        supervisor.cspace.installEndpoint(0, faults, RIGHT_RECEIVE, 0);
        supervisor.cspace.installProcess(1, worker, RIGHT_CONTROL);
        worker.thread.faultEndpoint = faults;
        worker.thread.faultBadge = 0xF1;
        sup = supervisor.thread;
        w = worker.thread;
    }

    @Test
    void aFaultWakesTheWaitingSupervisorWithCausePcAndAddress() {
        rig.start(supervisor);
        rig.sys(sup, SYS_RECV, 0, 0);
        rig.start(worker);
        Fault.deliver(w, Cause.LOAD_PAGE_FAULT, 0x4000_0124L, 0x10);
        Sched.reschedule();
        KernelRig.check();
        assertSame(sup, Sched.current());
        assertEquals(info(LABEL_FAULT & 0xFFFF_FFFFL, 5), sup.reg(Trap.A1));
        assertEquals(Cause.LOAD_PAGE_FAULT, word(sup, 0));
        assertEquals(0x4000_0124L, word(sup, 1));
        assertEquals(0x10, word(sup, 2));
        assertEquals(w.id, word(sup, 3));
        assertEquals(worker.id, word(sup, 4));
        assertEquals(0xF1, sup.reg(Trap.T1));
        assertEquals(Thread.INACTIVE, w.state);
        assertEquals(Process.STOPPED, worker.state);
    }

    @Test
    void aFaultWhileTheSupervisorIsBusyWaitsInTheEndpointUntilItReceives() {
        rig.start(worker);
        Fault.deliver(w, Cause.ILLEGAL_INSTRUCTION, 0x4000_0200L, 0);
        Sched.reschedule();
        assertEquals(Thread.BLOCKED_SEND, w.state);
        assertNull(Sched.current());
        rig.start(supervisor);
        rig.sys(sup, SYS_RECV, 0, 0);
        assertEquals(Cause.ILLEGAL_INSTRUCTION, word(sup, 0));
        assertEquals(Thread.INACTIVE, w.state, "delivered, the thread stays stopped");
        rig.sys(sup, SYS_RESTART, 1, 0);
        assertEquals(Thread.READY, w.state);
        assertEquals(KernelRig.ENTRY, w.reg(Trap.EPC));
    }

    @Test
    void exitSendsTheStatusToTheSupervisor() {
        rig.start(supervisor);
        rig.sys(sup, SYS_RECV, 0, 0);
        rig.start(worker);
        rig.sys(w, SYS_EXIT, 42, 0);
        assertEquals(info(LABEL_EXIT & 0xFFFF_FFFFL, 3), sup.reg(Trap.A1));
        assertEquals(42, word(sup, 0));
        assertEquals(w.id, word(sup, 1));
        assertEquals(Process.STOPPED, worker.state);
        assertEquals(42, worker.exitStatus);
    }

    @Test
    void withoutAFaultEndpointTheFaultIsOneConsoleLine() {
        w.faultEndpoint = null;
        rig.start(worker);
        Fault.deliver(w, Cause.STORE_PAGE_FAULT, 0x4000_0010L, 0x7fff_0000L);
        assertEquals(
                "fault: thread 1 (process 1) cause 0xf pc 0x40000010 address 0x7fff0000\n", board.console.toString());
        rig.start(rig.process(1));
        rig.sys(Sched.current(), SYS_EXIT, -3, 0);
        assertEquals(
                "exit: thread 2 (process 2) status -3\n",
                board.console.toString().substring(board.console.indexOf("\n") + 1));
    }

    @Test
    void aFaultedServerFailsItsCallers() {
        Process client = rig.process(0);
        Endpoint service = Kernel.newEndpoint(worker);
        worker.cspace.installEndpoint(0, service, RIGHT_RECEIVE, 0);
        client.cspace.installEndpoint(0, service, RIGHT_SEND, 1);
        rig.start(worker);
        rig.sys(w, SYS_RECV, 0, 0);
        Thread c = rig.start(client);
        rig.sys(c, SYS_CALL, 0, 0);
        assertSame(w, Sched.current());
        Fault.deliver(w, Cause.LOAD_ACCESS_FAULT, 0x4000_0000L, 0);
        Sched.reschedule();
        KernelRig.check();
        assertEquals(E_DEAD, c.reg(Trap.A0));
        assertEquals(0, Kernel.repliesInUse());
    }
}
