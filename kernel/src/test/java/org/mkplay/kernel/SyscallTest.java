package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.kernel.KernelRig.info;
import static org.mkplay.kernel.KernelRig.withCap;
import static org.mkplay.vmmagic.Abi.*;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.vmmagic.Address;
import org.mkplay.vmmagic.Trap;

/**
 * The syscalls other than the IPC paths (IpcTest), and every error code: each case makes one request wrong in
 * one way and checks the code and that nothing changed. Process p (priority 1) holds: 0 endpoint SEND|RECEIVE|
 * GRANT, 1 endpoint SEND only (badge 5), 2 notification SEND|RECEIVE, 3 notification RECEIVE only, 4 frame
 * READ|WRITE, 5 process q with CONTROL, 6 process q without CONTROL; slot 7 and up are empty.
 */
class SyscallTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    KernelRig rig;
    Process p, q;
    Thread t;
    Endpoint ep;
    Notification n;
    Frame frame;

    @BeforeEach
    void setUp() {
        rig = new KernelRig();
        p = rig.process(1);
        q = rig.process(0);
        ep = Kernel.newEndpoint(null);
        n = Kernel.newNotification();
        frame = Kernel.newFrame(Address.fromLong(0x8650_0000L));
        p.cspace.installEndpoint(0, ep, RIGHT_SEND | RIGHT_RECEIVE | RIGHT_GRANT, 0);
        p.cspace.installEndpoint(1, ep, RIGHT_SEND, 5);
        p.cspace.installNotification(2, n, RIGHT_SEND | RIGHT_RECEIVE, 0);
        p.cspace.installNotification(3, n, RIGHT_RECEIVE, 0);
        p.cspace.installFrame(4, frame, RIGHT_READ | RIGHT_WRITE);
        p.cspace.installProcess(5, q, RIGHT_CONTROL);
        p.cspace.installProcess(6, q, 0);
        t = rig.start(p);
    }

    private long sys(int number, long a0, long a1, long... words) {
        return rig.sys(t, number, a0, a1, words);
    }

    @Test
    void anUnknownNumberIsBadSyscall() {
        t.setReg(Trap.T0, 0);
        for (long number : new long[] {0, SYS_MAX + 1, -1, Long.MIN_VALUE, 1L << 32 | SYS_CALL}) {
            t.setReg(Trap.T0, number);
            Syscall.handle(t);
            assertEquals(E_BAD_SYSCALL, t.reg(Trap.A0), "number " + number);
        }
    }

    @Test
    void aSlotOutsideTheTableOrEmptyIsBadSlot() {
        for (long slot : new long[] {-1, CSPACE_SLOTS, 1L << 40, 7, CSPACE_SLOTS - 1}) {
            assertEquals(E_BAD_SLOT, sys(SYS_SEND, slot, 0), "slot " + slot);
            assertEquals(E_BAD_SLOT, sys(SYS_NOTIFY, slot, 1), "slot " + slot);
            assertEquals(E_BAD_SLOT, sys(SYS_CAP_DELETE, slot, 0), "slot " + slot);
        }
        assertEquals(Thread.RUNNING, t.state);
    }

    @Test
    void aCapabilityOfAnotherTypeIsWrongType() {
        assertEquals(E_WRONG_TYPE, sys(SYS_CALL, 2, 0));
        assertEquals(E_WRONG_TYPE, sys(SYS_RECV, 4, 0));
        assertEquals(E_WRONG_TYPE, sys(SYS_NOTIFY, 0, 1));
        assertEquals(E_WRONG_TYPE, sys(SYS_WAIT, 5, 0));
        assertEquals(E_WRONG_TYPE, sys(SYS_MAP, 0, USER_BASE, RIGHT_READ));
        assertEquals(E_WRONG_TYPE, sys(SYS_KILL, 0, 0));
    }

    @Test
    void aMissingRightIsNoRights() {
        assertEquals(E_NO_RIGHTS, sys(SYS_RECV, 1, 0), "recv needs RECEIVE");
        assertEquals(E_NO_RIGHTS, sys(SYS_REPLY_RECV, 1, 0), "replyRecv needs RECEIVE");
        assertEquals(E_NO_RIGHTS, sys(SYS_NOTIFY, 3, 1), "notify needs SEND");
        assertEquals(E_NO_RIGHTS, sys(SYS_MAP, 4, USER_BASE, RIGHT_EXEC), "map X of an RW frame");
        assertEquals(E_NO_RIGHTS, sys(SYS_SPAWN, 6, 0), "spawn needs CONTROL");
        assertEquals(E_NO_RIGHTS, sys(SYS_KILL, 6, 0), "kill needs CONTROL");
        assertEquals(E_NO_RIGHTS, sys(SYS_RESTART, 6, 0), "restart needs CONTROL");
        assertEquals(E_NO_RIGHTS, sys(SYS_SEND, 1, withCap(info(0, 0), 2)), "a capability needs GRANT");
        assertEquals(Process.NEW, q.state);
    }

    @Test
    void aSendOnlyCapabilityCannotReceiveAndAReceiveOnlyCannotSend() {
        p.cspace.installEndpoint(8, ep, RIGHT_RECEIVE, 0);
        p.cspace.installNotification(9, n, RIGHT_SEND, 0);
        assertEquals(E_NO_RIGHTS, sys(SYS_SEND, 8, 0));
        assertEquals(E_NO_RIGHTS, sys(SYS_CALL, 8, 0));
        assertEquals(E_NO_RIGHTS, sys(SYS_NBSEND, 8, 0));
        assertEquals(E_NO_RIGHTS, sys(SYS_WAIT, 9, 0));
        assertEquals(E_NO_RIGHTS, sys(SYS_POLL, 9, 0));
        assertEquals(0, Kernel.repliesInUse());
    }

    @Test
    void tooManyWordsOrBytesIsTooLongAndReservedBitsAreBadArgument() {
        assertEquals(E_TOO_LONG, sys(SYS_SEND, 0, info(0, 7)));
        assertEquals(E_TOO_LONG, sys(SYS_CALL, 0, info(0, 0, MAX_BUFFER + 1)));
        assertEquals(E_BAD_ARGUMENT, sys(SYS_NBSEND, 0, INFO_RESERVED));
        assertEquals(E_BAD_ARGUMENT, sys(SYS_NBSEND, 0, 1L << 30));
    }

    @Test
    void aBufferMessageWithoutAnIpcBufferIsBadPointer() {
        t.ipcBuffer = Address.zero();
        assertEquals(E_BAD_POINTER, sys(SYS_NBSEND, 0, info(0, 0, 8)));
    }

    @Test
    void aCapabilityFromAnEmptySlotIsBadSlotAndARecvIntoAFullSlotBadArgument() {
        assertEquals(E_BAD_SLOT, sys(SYS_SEND, 0, withCap(info(0, 0), 30)));
        assertEquals(E_BAD_ARGUMENT, sys(SYS_RECV, 0, withCap(0, 2)));
        assertEquals(E_BAD_SLOT, sys(SYS_RECV, 0, withCap(0, 4000)));
    }

    @Test
    void aCallWhenTheReplyPoolIsEmptyIsNoMemory() {
        while (Kernel.replyAvailable()) Kernel.takeReply();
        int inUse = Kernel.repliesInUse();
        assertEquals(E_NO_MEMORY, sys(SYS_CALL, 0, 0));
        assertEquals(Thread.RUNNING, t.state);
        assertEquals(inUse, Kernel.repliesInUse());
    }

    @Test
    void notifyOrsBitsAndTheBadgeAndWaitTakesTheWord() {
        p.cspace.installNotification(10, n, RIGHT_SEND, 0x100);
        assertEquals(OK, sys(SYS_NOTIFY, 2, 0x3));
        assertEquals(OK, sys(SYS_NOTIFY, 10, 0x4));
        assertEquals(0x107, n.word());
        assertEquals(OK, sys(SYS_WAIT, 2, 0));
        assertEquals(0x107, t.reg(Trap.A1));
        assertEquals(0, n.word());
        assertEquals(OK, sys(SYS_POLL, 3, 0));
        assertEquals(0, t.reg(Trap.A1), "poll of an empty word takes 0 and does not block");
        assertEquals(E_BAD_ARGUMENT, sys(SYS_NOTIFY, 2, 0), "nothing to signal");
    }

    @Test
    void waitBlocksUntilANotifyWakesTheWaiterWithTheWord() {
        Process r = rig.process(3);
        r.cspace.installNotification(0, n, RIGHT_RECEIVE, 0);
        Thread w = rig.start(r);
        rig.sys(w, SYS_WAIT, 0, 0);
        assertEquals(Thread.BLOCKED_WAIT, w.state);
        assertSame(t, Sched.current());
        sys(SYS_NOTIFY, 2, 0x20);
        assertSame(w, Sched.current(), "the higher-priority waiter runs");
        assertEquals(0x20, w.reg(Trap.A1));
        assertEquals(0, n.word());
    }

    @Test
    void capCopyNarrowsRightsSetsABadgeOnceAndNeverWidens() {
        assertEquals(OK, sys(SYS_CAP_COPY, 0, 10, RIGHT_SEND, 0x77));
        Cap copy = p.cspace.slot(10);
        assertEquals(RIGHT_SEND, copy.rights);
        assertEquals(0x77, copy.badge);
        assertSame(ep, copy.endpoint);
        assertEquals(OK, sys(SYS_CAP_COPY, 10, 11, RIGHTS_ALL, 0));
        assertEquals(RIGHT_SEND, p.cspace.slot(11).rights, "a copy never has more rights than its source");
        assertEquals(0x77, p.cspace.slot(11).badge, "badge 0 keeps the source's");
        assertEquals(E_BAD_ARGUMENT, sys(SYS_CAP_COPY, 10, 12, RIGHTS_ALL, 0x99), "no re-badging");
        assertEquals(E_BAD_ARGUMENT, sys(SYS_CAP_COPY, 4, 12, RIGHTS_ALL, 0x99), "frames have no badge");
        assertEquals(E_BAD_ARGUMENT, sys(SYS_CAP_COPY, 0, 1, RIGHTS_ALL, 0), "destination occupied");
        assertEquals(E_BAD_ARGUMENT, sys(SYS_CAP_COPY, 0, 12, 1L << 7, 0), "unknown rights bits");
        assertEquals(E_BAD_SLOT, sys(SYS_CAP_COPY, 20, 12, RIGHTS_ALL, 0), "empty source");
        assertEquals(E_BAD_SLOT, sys(SYS_CAP_COPY, 0, CSPACE_SLOTS, RIGHTS_ALL, 0), "destination outside");
        assertEquals(OK, sys(SYS_CAP_DELETE, 11, 0));
        assertTrue(p.cspace.slot(11).isEmpty());
        assertEquals(E_NO_RIGHTS, sys(SYS_RECV, 10, 0), "the narrowed copy cannot receive");
    }

    @Test
    void mapAndUnmapAFrameThroughTheAddressSpaces() {
        long va = USER_BASE + 0x10_0000;
        assertEquals(OK, sys(SYS_MAP, 4, va, RIGHT_READ | RIGHT_WRITE));
        assertEquals(0x8650_0000L, rig.memory.pages.get(p.id + ":" + va));
        assertTrue(frame.isMapped());
        assertEquals(E_BAD_ARGUMENT, sys(SYS_MAP, 4, va + 4096, RIGHT_READ), "one mapping per frame");
        assertEquals(OK, sys(SYS_UNMAP, 4, 0));
        assertTrue(rig.memory.pages.isEmpty());
        assertEquals(E_BAD_ARGUMENT, sys(SYS_UNMAP, 4, 0), "not mapped");
    }

    @Test
    void aProcessCannotUnmapAFrameAnotherProcessMapped() {
        q.cspace.installFrame(0, frame, RIGHT_READ | RIGHT_WRITE);
        rig.memory.map(q, USER_BASE, frame.physical, RIGHT_READ); // what q's own MAP of slot 0 would have done
        frame.mappedIn = q;
        frame.mappedAt = USER_BASE;
        assertEquals(E_BAD_ARGUMENT, sys(SYS_UNMAP, 4, 0), "p holds the frame too, but the mapping is q's");
        assertSame(q, frame.mappedIn);
        assertEquals(1, rig.memory.pages.size());
    }

    @Test
    void mapRefusesBadAddressesRightsAndAFullAddressSpace() {
        assertEquals(E_BAD_POINTER, sys(SYS_MAP, 4, USER_BASE + 8, RIGHT_READ), "misaligned");
        assertEquals(E_BAD_POINTER, sys(SYS_MAP, 4, USER_BASE - 4096, RIGHT_READ), "below user space");
        assertEquals(E_BAD_POINTER, sys(SYS_MAP, 4, USER_END, RIGHT_READ), "the kernel's");
        assertEquals(E_BAD_POINTER, sys(SYS_MAP, 4, -4096, RIGHT_READ));
        assertEquals(E_BAD_ARGUMENT, sys(SYS_MAP, 4, USER_BASE, 0), "no rights");
        assertEquals(E_BAD_ARGUMENT, sys(SYS_MAP, 4, USER_BASE, RIGHT_SEND), "not a mapping right");
        rig.memory.limit = 0;
        assertEquals(E_NO_MEMORY, sys(SYS_MAP, 4, USER_BASE, RIGHT_READ));
        assertTrue(!frame.isMapped());
    }

    @Test
    void deletingTheLastCapabilityToAMappedFrameUnmapsIt() {
        sys(SYS_MAP, 4, USER_BASE, RIGHT_READ);
        sys(SYS_CAP_COPY, 4, 10, RIGHTS_ALL, 0);
        sys(SYS_CAP_DELETE, 4, 0);
        assertTrue(frame.isMapped(), "still reachable through slot 10");
        sys(SYS_CAP_DELETE, 10, 0);
        assertTrue(!frame.isMapped());
        assertTrue(rig.memory.pages.isEmpty());
    }

    @Test
    void spawnStartsANewProcessOnceAndDebugPutcWritesTheUart() {
        assertEquals(OK, sys(SYS_SPAWN, 5, 0));
        assertEquals(Process.RUNNING, q.state);
        assertEquals(Thread.READY, q.thread.state);
        assertEquals(E_BAD_ARGUMENT, sys(SYS_SPAWN, 5, 0), "already started");
        assertEquals(OK, sys(SYS_DEBUG_PUTC, 'k', 0));
        assertEquals(E_BAD_ARGUMENT, sys(SYS_DEBUG_PUTC, 256, 0));
        assertEquals(E_BAD_ARGUMENT, sys(SYS_DEBUG_PUTC, -1, 0));
        assertEquals("k", board.console.toString());
    }

    @Test
    void everyErrorCodeIsOneOfTheDefinedOnes() {
        for (int code = E_MIN; code < 0; code++) assertTrue(code >= E_MIN && code <= E_BAD_SYSCALL);
        assertEquals(-10, E_MIN);
    }
}
