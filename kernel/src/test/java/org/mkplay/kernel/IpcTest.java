package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.kernel.KernelRig.info;
import static org.mkplay.kernel.KernelRig.withCap;
import static org.mkplay.kernel.KernelRig.word;
import static org.mkplay.vmmagic.Abi.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Trap;

/**
 * Every edge of the IPC state machine on the simulated board: a server thread (priority 2) with endpoint
 * slot 0 (RECEIVE), a client (priority 1) with slot 0 (SEND, badge 0x42) and a second client (priority 1,
 * badge 0x43). The server starts first and runs until it blocks.
 */
class IpcTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    KernelRig rig;
    Endpoint ep;
    Process server, client, other;
    Thread s, c, o;

    @BeforeEach
    void setUp() {
        rig = new KernelRig();
        server = rig.process(2);
        client = rig.process(1);
        other = rig.process(1);
        ep = Kernel.newEndpoint(server);
        server.cspace.installEndpoint(0, ep, RIGHT_RECEIVE, 0);
        client.cspace.installEndpoint(0, ep, RIGHT_SEND | RIGHT_GRANT, 0x42);
        other.cspace.installEndpoint(0, ep, RIGHT_SEND, 0x43);
        s = server.thread;
        c = client.thread;
        o = other.thread;
    }

    /** The server blocks in recv first; then the clients run. */
    private void serverWaits() {
        rig.start(server);
        rig.start(client);
        rig.start(other);
        assertSame(s, Sched.current());
        rig.sys(s, SYS_RECV, 0, 0);
        assertEquals(Thread.BLOCKED_RECV, s.state);
        assertSame(c, Sched.current());
    }

    @Test
    void callToAWaitingServerSwitchesToItDirectlyWithLabelWordsAndBadge() {
        serverWaits();
        rig.sys(c, SYS_CALL, 0, info(7, 3), 10, 20, 30);
        assertSame(s, Sched.current(), "the server runs at once");
        assertEquals(Thread.BLOCKED_REPLY, c.state);
        assertEquals(OK, s.reg(Trap.A0));
        assertEquals(info(7, 3), s.reg(Trap.A1));
        assertEquals(0x42, s.reg(Trap.T1), "the badge names the client");
        assertEquals(20, word(s, 1));
        assertEquals(30, word(s, 2));
        assertEquals(1, Kernel.repliesInUse());
        rig.sys(s, SYS_REPLY, 0, info(8, 1), 99);
        assertEquals(Thread.READY, c.state);
        assertEquals(0, Kernel.repliesInUse(), "the reply is used up");
        rig.sys(s, SYS_RECV, 0, 0);
        assertSame(o, Sched.current(), "the other client was ready first, the caller queued behind it");
        assertEquals(OK, c.reg(Trap.A0));
        assertEquals(info(8, 1), c.reg(Trap.A1));
        assertEquals(99, word(c, 0));
        assertEquals(0, c.reg(Trap.T1), "a reply carries no badge");
    }

    @Test
    void replyRecvAnswersAndSwitchesStraightBackToTheCaller() {
        serverWaits();
        rig.sys(c, SYS_CALL, 0, info(1, 1), 5);
        rig.sys(s, SYS_REPLY_RECV, 0, info(2, 1), 6);
        assertEquals(Thread.BLOCKED_RECV, s.state);
        assertSame(c, Sched.current());
        assertEquals(6, word(c, 0));
        assertEquals(0, Kernel.repliesInUse());
    }

    @Test
    void theRoundTripTakesTheFastPathBothWays() {
        serverWaits();
        rig.sys(c, SYS_CALL, 0, info(1, 6), 1, 2, 3, 4, 5, 6);
        assertTrue(rig.fast, "Ipc.fastCall took the call");
        assertEquals(6, word(s, 5));
        rig.sys(s, SYS_REPLY_RECV, 0, info(2, 6), 7, 8, 9, 10, 11, 12);
        assertTrue(rig.fast, "Ipc.fastReplyRecv took the answer");
        assertEquals(12, word(c, 5));
    }

    @Test
    void aBufferACapabilityOrAHigherPriorityReadyThreadTakesTheSlowPathWithTheSameResult() {
        Process high = rig.process(5);
        serverWaits();
        rig.sys(c, SYS_CALL, 0, info(1, 0, 16));
        assertFalse(rig.fast, "a buffer takes the general way");
        assertSame(s, Sched.current());
        rig.sys(s, SYS_REPLY_RECV, 0, info(2, 0, 8));
        assertFalse(rig.fast, "so does an answer with one");
        rig.start(high); // a higher priority is ready from now on
        rig.sys(high.thread, SYS_YIELD, 0, 0);
        assertEquals(Thread.READY, c.state);
        assertEquals(8, Ipc.bufferBytes(c.reg(Trap.A1)));
    }

    /** Ipc.registersOnly is the mask test it replaces, on every low 16 bits and on the buffer and reserved bits. */
    @Test
    void registersOnlyIsTheFastPathsMaskAndWordCount() {
        java.util.Random random = new java.util.Random(9);
        for (int i = 0; i < 200_000; i++) {
            long info = i < 1 << 16
                    ? (long) i << 32 | i
                    : random.nextLong() & (random.nextBoolean() ? -1L : 0xFFFF_FFFFL << 32 | 0xFFFF);
            if (i >= 1 << 16 && i % 3 == 0) info |= 1L << (16 + random.nextInt(16));
            boolean expected = (info & Ipc.FAST_INFO_MASK) == 0 && Ipc.words(info) <= MAX_WORDS;
            assertEquals(expected, Ipc.registersOnly(info), Long.toHexString(info));
        }
    }

    @Test
    void theFastPathsCheckTheRightsToo() {
        client.cspace.installEndpoint(3, ep, RIGHT_RECEIVE, 0);
        server.cspace.installEndpoint(3, ep, RIGHT_SEND, 0);
        serverWaits();
        assertEquals(E_NO_RIGHTS, rig.sys(c, SYS_CALL, 3, info(1, 0)), "a server waits, but slot 3 cannot send");
        rig.sys(c, SYS_CALL, 0, info(1, 0));
        assertEquals(
                E_NO_RIGHTS, rig.sys(s, SYS_REPLY_RECV, 3, info(1, 0)), "an answer is owed, but slot 3 cannot receive");
        assertSame(c.reply, s.answer, "nothing happened");
    }

    @Test
    void aCallWithNoServerWaitingQueuesAndIsTakenByTheNextRecv() {
        rig.start(client);
        rig.sys(c, SYS_CALL, 0, info(3, 2), 1, 2);
        assertEquals(Thread.BLOCKED_SEND, c.state);
        assertSame(c, ep.senders.head);
        assertEquals(1, Kernel.repliesInUse(), "a queued call holds its reply");
        rig.start(server);
        rig.sys(s, SYS_RECV, 0, 0);
        assertEquals(Thread.BLOCKED_REPLY, c.state);
        assertSame(s, Sched.current(), "the server has its message and keeps running");
        assertEquals(2, word(s, 1));
        assertEquals(0x42, s.reg(Trap.T1));
        assertSame(c.reply, s.answer);
    }

    @Test
    void sendToAWaitingReceiverLetsTheSenderContinueUnlessTheReceiverHasPriority() {
        serverWaits();
        rig.sys(c, SYS_SEND, 0, info(4, 1), 77);
        assertSame(s, Sched.current(), "the higher-priority receiver preempts the sender");
        assertEquals(Thread.READY, c.state);
        assertSame(c, Sched.readyQueue(1).head, "the preempted sender keeps its turn at the head");
        assertEquals(OK, c.reg(Trap.A0));
        assertEquals(77, word(s, 0));
        assertNull(s.answer, "a send needs no answer");
    }

    @Test
    void sendWithNoReceiverBlocksUntilOneComesThenCompletesWithOk() {
        rig.start(client);
        rig.sys(c, SYS_SEND, 0, info(4, 0));
        assertEquals(Thread.BLOCKED_SEND, c.state);
        assertNull(Sched.current());
        rig.start(server);
        rig.sys(s, SYS_RECV, 0, 0);
        assertEquals(Thread.READY, c.state);
        assertEquals(OK, c.reg(Trap.A0));
        assertEquals(0, Kernel.repliesInUse());
    }

    @Test
    void sendersQueueInArrivalOrder() {
        rig.start(client);
        rig.start(other);
        rig.sys(c, SYS_SEND, 0, info(1, 0));
        rig.sys(o, SYS_SEND, 0, info(2, 0));
        rig.start(server);
        rig.sys(s, SYS_RECV, 0, 0);
        assertEquals(0x42, s.reg(Trap.T1));
        rig.sys(s, SYS_RECV, 0, 0);
        assertEquals(0x43, s.reg(Trap.T1));
        assertEquals(info(2, 0), s.reg(Trap.A1));
    }

    @Test
    void nbsendWithoutAReceiverIsWouldBlockAndQueuesNothing() {
        rig.start(client);
        assertEquals(E_WOULD_BLOCK, rig.sys(c, SYS_NBSEND, 0, info(1, 1), 5));
        assertEquals(Thread.RUNNING, c.state);
        assertEquals(0, ep.senders.count);
    }

    @Test
    void nbsendToAWaitingReceiverDelivers() {
        serverWaits();
        rig.sys(c, SYS_NBSEND, 0, info(1, 1), 5);
        assertEquals(5, word(s, 0));
        assertEquals(OK, c.reg(Trap.A0));
    }

    @Test
    void aBufferMessageCopiesTheBytesIntoTheReceiversBuffer() {
        serverWaits();
        for (int i = 0; i < 4096; i += 8) c.ipcBuffer.storeLong(i, 0x1111_0000L + i);
        s.ipcBuffer.storeLong(4088, -1);
        rig.sys(c, SYS_CALL, 0, info(9, 0, 4096));
        assertEquals(4096, Ipc.bufferBytes(s.reg(Trap.A1)));
        for (int i = 0; i < 4096; i += 8) assertEquals(0x1111_0000L + i, s.ipcBuffer.loadLong(i));
    }

    @Test
    void aThreeByteMessageReachesTheReceiverExactly() {
        bufferMessagesMoveExactly(3);
    }

    @Test
    void a4093ByteMessageReachesTheReceiverExactly() {
        bufferMessagesMoveExactly(4093);
    }

    /**
     * A call and its reply of n bytes each: the receiver gets bytes 0..n-1 and keeps its own from n on. The sender's
     * bytes past n (a marker here) stand for what a third process once sent it, which must never leak on.
     */
    private void bufferMessagesMoveExactly(int n) {
        serverWaits();
        fill(c.ipcBuffer, n, 0x5A);
        fill(s.ipcBuffer, 0, 0xEE);
        rig.sys(c, SYS_CALL, 0, info(9, 0, n));
        assertEquals(n, Ipc.bufferBytes(s.reg(Trap.A1)));
        expect(s.ipcBuffer, n, 0xEE, "the call");
        fill(s.ipcBuffer, n, 0x33);
        rig.sys(s, SYS_REPLY, 0, info(1, 0, n));
        assertEquals(n, Ipc.bufferBytes(c.reg(Trap.A1)));
        expect(c.ipcBuffer, n, 0x5A, "the reply");
    }

    /** A 4 KiB buffer: byte i below n is message(i), the rest is marker. */
    private static void fill(Address buffer, int n, int marker) {
        for (int i = 0; i < 4096; i++) buffer.storeByte(i, (byte) (i < n ? message(i) : marker));
    }

    private static void expect(Address buffer, int n, int marker, String what) {
        for (int i = 0; i < 4096; i++)
            assertEquals((byte) (i < n ? message(i) : marker), buffer.loadByte(i), what + ", byte " + i);
    }

    private static int message(int i) {
        return i * 7 + 1;
    }

    /** A capability for p to pass along: a fresh notification, SEND only, with this badge, in p's slot 5. */
    private static Notification aNotificationToPass(Process p, long badge) {
        Notification n = Kernel.newNotification();
        p.cspace.installNotification(5, n, RIGHT_SEND, badge);
        return n;
    }

    @Test
    void aCapabilityTravelsWithGrantIntoTheSlotTheReceiverNamed() {
        Notification n = aNotificationToPass(client, 0x8);
        rig.start(server);
        rig.start(client);
        rig.sys(s, SYS_RECV, 0, withCap(0, 9));
        rig.sys(c, SYS_SEND, 0, withCap(info(1, 0), 5));
        Cap got = server.cspace.slot(9);
        assertEquals(CAP_NOTIFICATION, got.type);
        assertSame(n, got.notification);
        assertEquals(RIGHT_SEND, got.rights);
        assertEquals(0x8, got.badge);
        assertEquals(withCap(info(1, 0), 9), s.reg(Trap.A1), "the info says where it went");
        assertEquals(CAP_NOTIFICATION, client.cspace.slot(5).type, "the sender keeps its own copy");
    }

    @Test
    void aReplyCannotCarryACapability() {
        aNotificationToPass(server, 0);
        serverWaits();
        rig.sys(c, SYS_CALL, 0, info(1, 0));
        assertEquals(E_BAD_ARGUMENT, rig.sys(s, SYS_REPLY, 0, withCap(info(2, 0), 5)));
        assertEquals(E_BAD_ARGUMENT, rig.sys(s, SYS_REPLY_RECV, 0, withCap(info(2, 0), 5)));
        assertEquals(Thread.BLOCKED_REPLY, c.state, "still waiting for a proper answer");
    }

    @Test
    void aCapabilityWithoutGrantOnTheEndpointIsRefused() {
        aNotificationToPass(other, 0);
        rig.start(other);
        assertEquals(E_NO_RIGHTS, rig.sys(o, SYS_SEND, 0, withCap(info(1, 0), 5)));
        assertEquals(Thread.RUNNING, o.state, "nothing happened");
    }

    @Test
    void aCapabilityIsDroppedWhenTheReceiverNamedNoSlotOrTheSlotFilledMeanwhile() {
        aNotificationToPass(client, 0);
        serverWaits();
        rig.sys(c, SYS_SEND, 0, withCap(info(1, 0), 5));
        assertEquals(info(1, 0), s.reg(Trap.A1), "no capability arrived");
        assertEquals(CSPACE_SLOTS - 1, server.cspace.free());
    }

    @Test
    void aRecvAbandoningAnUnansweredCallGivesItsCallerDead() {
        serverWaits();
        rig.sys(c, SYS_CALL, 0, info(1, 0));
        rig.sys(s, SYS_RECV, 0, 0);
        assertEquals(E_DEAD, c.reg(Trap.A0));
        assertEquals(Thread.READY, c.state);
        assertEquals(0, Kernel.repliesInUse());
    }

    @Test
    void replyWithNothingToAnswerIsBadArgument() {
        rig.start(server);
        assertEquals(E_BAD_ARGUMENT, rig.sys(s, SYS_REPLY, 0, info(1, 0)));
    }

    @Test
    void replyRecvWithNothingToAnswerJustReceives() {
        rig.start(server);
        rig.sys(s, SYS_REPLY_RECV, 0, info(1, 0));
        assertEquals(Thread.BLOCKED_RECV, s.state);
    }

    /** A process of this priority holding the server's process capability with CONTROL in slot 0. */
    private Process supervisorOfServer(int priority) {
        Process supervisor = rig.process(priority);
        supervisor.cspace.installProcess(0, server, RIGHT_CONTROL);
        return supervisor;
    }

    @Test
    void killingTheServerGivesItsWaitingCallerAndItsQueuedSendersDead() {
        Process supervisor = supervisorOfServer(3);
        serverWaits();
        rig.sys(c, SYS_CALL, 0, info(1, 0));
        assertSame(s, Sched.current());
        Thread sup = rig.start(supervisor);
        rig.sys(sup, SYS_KILL, 0, 0);
        assertEquals(E_DEAD, c.reg(Trap.A0));
        assertEquals(Thread.READY, c.state);
        assertEquals(Thread.INACTIVE, s.state);
        assertEquals(Process.KILLED, server.state);
        assertEquals(0, Kernel.repliesInUse());
    }

    @Test
    void aCallQueuedWhileTheServerIsStoppedIsServedByItsRestartedInstance() {
        Process supervisor = supervisorOfServer(0);
        rig.start(server);
        Fault.deliver(s, org.mkplay.riscv.priv.Cause.BREAKPOINT, 0x4000_0100L, 0); // stops, no fault endpoint
        Sched.reschedule();
        assertEquals(Process.STOPPED, server.state);
        rig.start(client);
        rig.sys(c, SYS_CALL, 0, info(1, 1), 5);
        assertEquals(Thread.BLOCKED_SEND, c.state, "queued for whoever serves the endpoint next");
        Thread sup = rig.start(supervisor);
        assertSame(sup, Sched.current());
        rig.sys(sup, SYS_RESTART, 0, 0);
        assertEquals(Thread.BLOCKED_SEND, c.state, "a restart after a stop does not fail the calls made since");
        assertSame(s, Sched.current(), "the restarted server, of higher priority, runs");
        rig.sys(s, SYS_RECV, 0, 0);
        assertEquals(5, KernelRig.word(s, 0), "the new instance takes the queued call");
        rig.sys(s, SYS_REPLY, 0, info(2, 1), 6);
        assertEquals(OK, c.reg(Trap.A0));
        assertEquals(6, KernelRig.word(c, 0));
    }

    @Test
    void aCallOrSendToTheEndpointOfAKilledServerIsDeadAtOnce() {
        Process supervisor = supervisorOfServer(3);
        serverWaits();
        Thread sup = rig.start(supervisor);
        rig.sys(sup, SYS_KILL, 0, 0);
        rig.sys(sup, SYS_EXIT, 0, 0);
        assertSame(c, Sched.current());
        assertEquals(E_DEAD, rig.sys(c, SYS_CALL, 0, info(1, 0)), "nobody will ever answer");
        assertEquals(E_DEAD, rig.sys(c, SYS_SEND, 0, info(1, 0)));
        assertEquals(E_DEAD, rig.sys(c, SYS_NBSEND, 0, info(1, 0)));
        assertEquals(Thread.RUNNING, c.state);
        assertEquals(0, Kernel.repliesInUse());
    }

    @Test
    void restartingTheServerFailsTheQueuedSendersAndStartsItAgainAtItsEntry() {
        Process supervisor = supervisorOfServer(0);
        rig.start(client);
        rig.sys(c, SYS_CALL, 0, info(1, 0));
        Thread sup = rig.start(supervisor);
        rig.start(server);
        rig.sys(s, SYS_RECV, 0, 0); // takes the call
        s.setReg(Trap.EPC, 0x4000_1234L);
        Notification n = Kernel.newNotification();
        server.cspace.installNotification(1, n, RIGHT_RECEIVE, 0);
        rig.sys(s, SYS_WAIT, 1, 0); // sits on the call, owing the answer
        rig.start(other);
        rig.sys(o, SYS_SEND, 0, info(2, 0));
        assertSame(sup, Sched.current());
        rig.sys(sup, SYS_RESTART, 0, 0);
        assertEquals(E_DEAD, c.reg(Trap.A0), "the caller the server owed an answer");
        assertEquals(E_DEAD, o.reg(Trap.A0), "a sender queued on its endpoint");
        assertEquals(1, server.generation);
        assertEquals(KernelRig.ENTRY, s.reg(Trap.EPC));
        assertEquals(USER_STACK_TOP, s.reg(Trap.SP));
        assertEquals(Process.RUNNING, server.state);
        assertEquals(0, Kernel.repliesInUse());
    }
}
