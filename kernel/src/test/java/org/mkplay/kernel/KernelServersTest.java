package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.kernel.KernelRig.info;
import static org.mkplay.kernel.KernelRig.word;
import static org.mkplay.vmmagic.Abi.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Trap;

/**
 * A server placed in the kernel, on the simulated board (docs/kernel.md §15): once it waits on its endpoint, a
 * client's call is delivered into its frame and run in place — the client stays the running thread, the trap returns
 * to the server's frame in S-mode with interrupts off — and its answer (the runtime's jump into the kernel, here
 * {@link KernelServers#onTrap} with scause 9) goes back to the client, the server parked again; what it may not do
 * inside a call is an error code. Every invariant holds after each step.
 */
class KernelServersTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    KernelRig rig;
    Endpoint ep;
    Thread s, c;

    @BeforeEach
    void setUp() {
        rig = new KernelRig();
        Process server = rig.process(2), client = rig.process(1);
        server.inKernel = true;
        ep = Kernel.newEndpoint(server);
        server.cspace.installEndpoint(0, ep, RIGHT_RECEIVE, 0);
        client.cspace.installEndpoint(0, ep, RIGHT_SEND, 0x42);
        s = server.thread;
        c = client.thread;
        rig.start(server);
        rig.start(client);
        assertEquals(KernelServers.THREAD_STATUS, s.reg(Trap.STATUS), "its thread runs in S-mode");
        rig.sys(s, SYS_RECV, 0, 0);
        assertEquals(Thread.BLOCKED_RECV, s.state, "parked");
        assertSame(c, Sched.current());
    }

    /** The server, inside a call, makes syscall number with a0, a1, words; returns the frame the trap resumes. */
    private Address handler(int number, long a0, long a1, long... words) {
        s.setReg(Trap.T0, number);
        s.setReg(Trap.A0, a0);
        s.setReg(Trap.A1, a1);
        for (int i = 0; i < words.length; i++) s.setReg(Trap.A2 + 8 * i, words[i]);
        long pc = s.reg(Trap.EPC);
        Address resumed = KernelServers.onTrap(s.frame, Cause.ECALL_FROM_S);
        assertEquals(pc + 4, s.reg(Trap.EPC), "its sepc moves past the ecall");
        KernelRig.check();
        return resumed;
    }

    private void call(long info, long... words) {
        rig.sys(c, SYS_CALL, 0, info, words);
        assertSame(s, KernelServers.active);
        assertSame(c, Sched.current(), "no context switch: the client stays the running thread");
        assertEquals(Thread.RUNNING, c.state);
        boolean fast = (info & Ipc.FAST_INFO_MASK) == 0; // registers only: Ipc.fastCall took it
        assertSame(s.frame, fast ? Kernel.resumeDirect() : UserBoot.resume(), "the trap returns to the server's frame");
        assertEquals(KernelServers.CALL_STATUS, s.reg(Trap.STATUS), "S-mode, interrupts off");
    }

    @Test
    void aCallRunsTheServerInPlaceAndItsAnswerResumesTheClient() {
        call(info(7, 2), 10, 20);
        assertEquals(OK, s.reg(Trap.A0));
        assertEquals(info(7, 2), s.reg(Trap.A1));
        assertEquals(0x42, s.reg(Trap.T1), "the badge names the client");
        assertEquals(20, word(s, 1));
        assertEquals(0, Kernel.repliesInUse(), "no reply object: the client never blocks");
        assertSame(c.frame, handler(SYS_REPLY_RECV, 0, info(8, 1), 99));
        assertEquals(OK, c.reg(Trap.A0));
        assertEquals(info(8, 1), c.reg(Trap.A1));
        assertEquals(99, word(c, 0));
        assertEquals(0, c.reg(Trap.T1), "an answer carries no badge");
        assertNull(KernelServers.active);
        assertEquals(Thread.BLOCKED_RECV, s.state, "parked again");
        assertSame(s, ep.receivers.head);
        assertEquals(KernelServers.THREAD_STATUS, s.reg(Trap.STATUS));
        assertSame(c, Sched.current());
        assertEquals(1, KernelServers.calls);
    }

    @Test
    void whatWouldBlockInsideACallIsRefusedAndTheCallStillEnds() {
        call(info(7, 0));
        assertSame(s.frame, handler(SYS_CALL, 0, info(1, 0)));
        assertEquals(E_WOULD_BLOCK, s.reg(Trap.A0), "a call to another server would block");
        assertSame(s.frame, handler(SYS_WAIT, 3, 0));
        assertEquals(E_WOULD_BLOCK, s.reg(Trap.A0));
        assertSame(s.frame, handler(SYS_YIELD, 0, 0));
        assertEquals(E_WOULD_BLOCK, s.reg(Trap.A0));
        assertSame(s.frame, handler(SYS_RECV, 5, 0));
        assertEquals(E_WOULD_BLOCK, s.reg(Trap.A0), "a receive on anything but its endpoint would block");
        assertSame(s.frame, handler(SYS_DEBUG_PUTC, 300, 0));
        assertEquals(E_BAD_ARGUMENT, s.reg(Trap.A0));
        assertSame(s.frame, handler(SYS_REPLY, 0, info(8, 7)));
        assertEquals(E_TOO_LONG, s.reg(Trap.A0), "the answer is checked as any reply");
        assertSame(s.frame, handler(SYS_REPLY, 0, info(8, 1), 5));
        assertEquals(OK, s.reg(Trap.A0));
        assertEquals(5, word(c, 0), "answered");
        assertSame(s.frame, handler(SYS_REPLY, 0, info(8, 1), 6));
        assertEquals(E_BAD_ARGUMENT, s.reg(Trap.A0), "one answer per call");
        assertSame(c.frame, handler(SYS_RECV, 0, 0));
        assertEquals(OK, c.reg(Trap.A0));
        assertEquals(5, word(c, 0));
    }

    /** A message with buffer bytes takes the general way (Ipc.send, KernelServers.call), with the same result. */
    @Test
    void aCallWithBufferBytesIsDeliveredTheGeneralWay() {
        c.ipcBuffer.storeLong(0, 0x1122_3344_5566_7788L);
        call(info(7, 1, 8), 3);
        assertEquals(info(7, 1, 8), s.reg(Trap.A1));
        assertEquals(0x1122_3344_5566_7788L, s.ipcBuffer.loadLong(0), "the bytes in the server's buffer");
        s.ipcBuffer.storeLong(0, 42);
        assertSame(c.frame, handler(SYS_REPLY_RECV, 0, info(8, 0, 8)));
        assertEquals(info(8, 0, 8), c.reg(Trap.A1));
        assertEquals(42, c.ipcBuffer.loadLong(0), "the answer's bytes in the client's buffer");
    }

    @Test
    void aCallLeftUnansweredGivesTheClientDead() {
        call(info(7, 0));
        assertSame(c.frame, handler(SYS_RECV, 0, 0));
        assertEquals(E_DEAD, c.reg(Trap.A0));
        assertEquals(Thread.BLOCKED_RECV, s.state);
    }

    @Test
    void aSendRunsTheServerTooAndTheSenderGoesOnWithOk() {
        rig.sys(c, SYS_SEND, 0, info(3, 1), 77);
        assertSame(s, KernelServers.active);
        assertEquals(OK, c.reg(Trap.A0));
        assertEquals(77, word(s, 0));
        assertSame(s.frame, UserBoot.resume());
        assertSame(c.frame, handler(SYS_REPLY_RECV, 0, info(9, 1), 1));
        assertEquals(OK, c.reg(Trap.A0));
        assertFalse(c.reg(Trap.A1) == info(9, 1), "a send gets no answer");
    }

    /**
     * 20,000 random system calls from inside calls (any number but EXIT, which panics; random slots, infos and words):
     * every result is OK or a defined error code, every invariant holds after each, and every call ends with the
     * client resumed (answered, or DEAD when the server received without answering).
     */
    @Test
    void randomSyscallsInsideCallsNeverBreakTheKernel() {
        java.util.Random random = new java.util.Random(Long.getLong("fuzz.seed", 10));
        java.util.Set<Long> codes = java.util.Set.of(
                (long) OK,
                (long) E_BAD_SYSCALL,
                (long) E_BAD_SLOT,
                (long) E_WOULD_BLOCK,
                (long) E_BAD_ARGUMENT,
                (long) E_TOO_LONG,
                (long) E_BAD_POINTER,
                (long) E_DEAD);
        long[] slots = {0, 1, 5, 63, 64, -1, 1L << 40};
        int calls = 0;
        for (int step = 0; step < 20_000; step++) {
            if (KernelServers.active == null) {
                call(info(7, random.nextInt(7)), random.nextLong());
                calls++;
            }
            int number = random.nextInt(25) - 2;
            if (number == SYS_EXIT) continue;
            long info = random.nextInt(4) == 0
                    ? random.nextLong()
                    : info(random.nextInt(9), random.nextInt(8))
                            | (random.nextBoolean() ? 0 : (long) random.nextInt(5000) << INFO_BUFFER_SHIFT)
                            | (random.nextInt(8) == 0 ? INFO_CAP : 0);
            Address resumed = handler(number, slots[random.nextInt(slots.length)], info, random.nextLong());
            if (resumed.eq(s.frame)) {
                assertTrue(codes.contains(s.reg(Trap.A0)), "syscall " + number + " gave " + s.reg(Trap.A0));
            } else {
                assertSame(c.frame, resumed);
                assertTrue(c.reg(Trap.A0) == OK || c.reg(Trap.A0) == E_DEAD, "the client got " + c.reg(Trap.A0));
                assertNull(KernelServers.active);
                assertEquals(Thread.BLOCKED_RECV, s.state);
            }
        }
        assertTrue(calls > 100, calls + " calls");
        assertSame(c, Sched.current());
    }

    @Test
    void aUserServerIsUnchanged() {
        s.process.inKernel = false;
        s.setReg(Trap.STATUS, Kernel.USER_STATUS); // a thread in U-mode has U-mode in its frame (Kernel's invariant)
        rig.sys(c, SYS_CALL, 0, info(7, 0));
        assertNull(KernelServers.active);
        assertSame(s, Sched.current(), "a switch to the server, as before");
        assertTrue(c.state == Thread.BLOCKED_REPLY);
    }
}
