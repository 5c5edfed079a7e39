package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mkplay.vmmagic.Abi.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.vmmagic.Trap;

/**
 * The trap glue's way for a system call, {@link Traps#onSyscall}, on the simulated board: the frame it returns (the
 * caller's own, or the thread a fast path or the scheduler chose), the results, and the check of its frame. The
 * syscalls' logic is tested through {@link Syscall#handle} elsewhere; the booted images run this entry for real.
 */
class SyscallEntryTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    KernelRig rig;

    @BeforeEach
    void setUp() {
        rig = new KernelRig();
    }

    /**
     * The glue's way for an ecall from U-mode (Traps.onSyscall): a yield with nothing else ready at the caller's
     * priority, by the thread that ran last, returns the caller's own frame with a0 = OK and a new slice.
     */
    @Test
    void aYieldWithNothingElseToRunResumesTheCallersFrameWithANewSlice() {
        Thread[] t = rig.threads(4, 1);
        Kernel.resume(); // t[0] runs and ran last
        t[0].sliceLeft = 1;
        ecall(t[0], SYS_YIELD);
        assertEquals(t[0].frame, Traps.onSyscall(t[0].frame));
        assertEquals(OK, t[0].reg(Trap.A0));
        assertEquals(t[0].timeSlice, t[0].sliceLeft);
        assertEquals(Thread.READY, t[1].state, "the lower priority still waits");
    }

    /** A yield with another thread of its priority ready takes the general way: the other one's frame is resumed. */
    @Test
    void aYieldWithAnEqualPriorityReadyResumesTheOtherThread() {
        Thread[] t = rig.threads(3, 3);
        Kernel.resume();
        ecall(t[0], SYS_YIELD);
        assertEquals(t[1].frame, Traps.onSyscall(t[0].frame));
        assertEquals(Thread.READY, t[0].state);
        assertEquals(OK, t[0].reg(Trap.A0));
        assertNull(Kernel.checkInvariants());
    }

    /** A call that meets its server waiting: the fast path runs the server, its frame is resumed with the message. */
    @Test
    void aCallToAWaitingServerResumesTheServersFrame() {
        Process server = rig.process(2), client = rig.process(1);
        Endpoint ep = Kernel.newEndpoint(server);
        server.cspace.installEndpoint(0, ep, RIGHT_RECEIVE, 0);
        client.cspace.installEndpoint(0, ep, RIGHT_SEND, 0x42);
        Thread s = rig.start(server);
        rig.sys(s, SYS_RECV, 0, 0);
        Thread c = rig.start(client);
        Kernel.resume();
        ecall(c, SYS_CALL);
        c.setReg(Trap.A0, 0); // the endpoint's slot
        c.setReg(Trap.A1, KernelRig.info(5, 1));
        c.setReg(Trap.A2, 99);
        assertEquals(s.frame, Traps.onSyscall(c.frame));
        assertEquals(OK, s.reg(Trap.A0));
        assertEquals(99, s.reg(Trap.A2));
        assertEquals(0x42, s.reg(Trap.T1));
        assertEquals(Thread.BLOCKED_REPLY, c.state);
        assertNull(Kernel.checkInvariants());
    }

    /** The frame must be the running thread's: anything else is a kernel bug, and panics. */
    @Test
    void aSystemCallOnAnotherThreadsFramePanics() {
        Thread[] t = rig.threads(4, 1);
        Kernel.resume();
        ecall(t[1], SYS_YIELD);
        assertThrows(SimulatedBoard.PowerOff.class, () -> Traps.onSyscall(t[1].frame));
    }

    /** What the glue does for an ecall: the number in t0 (its lean way saved the argument registers too). */
    private static void ecall(Thread t, int number) {
        t.setReg(Trap.T0, number);
        t.setReg(Trap.A0, 77); // not OK: the status must be written
    }
}
