package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.kernel.KernelRig.info;
import static org.mkplay.riscv.priv.Csr.*;
import static org.mkplay.vmmagic.Abi.*;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mkplay.kernel.SimulatedBoard.TraceRecord;
import org.mkplay.riscv.priv.Cause;

/** The records the kernel writes to the trace window, in the format docs/kernel.md defines. */
class TraceTest {
    @RegisterExtension
    final SimulatedBoard board = new SimulatedBoard();

    KernelRig rig;
    Process server, client;
    Endpoint ep;
    Notification n;

    @BeforeEach
    void setUp() {
        rig = new KernelRig();
        server = rig.process(2);
        client = rig.process(1);
        ep = Kernel.newEndpoint(server);
        n = Kernel.newNotification();
        server.cspace.installEndpoint(0, ep, RIGHT_RECEIVE, 0);
        client.cspace.installEndpoint(0, ep, RIGHT_SEND, 0x42);
        client.cspace.installNotification(1, n, RIGHT_SEND, 0);
        server.satp = SATP_SV39 | 1L << 44 | 0x87011;
        client.satp = SATP_SV39 | 2L << 44 | 0x87012;
    }

    private static long ids(Thread actor, Thread peer) {
        return (actor == null ? Trace.NONE : actor.id) | (peer == null ? Trace.NONE : peer.id) << 32;
    }

    @Test
    void nothingIsWrittenUntilTheBootEnablesTheWindow() {
        rig.start(server);
        rig.sys(server.thread, SYS_RECV, 0, 0);
        assertTrue(board.trace.isEmpty());
        assertEquals(0, Trace.records());
    }

    @Test
    void aCallAndItsReplyAreSendReceiveReplyWithThreadsEndpointAndInfo() {
        Trace.enable();
        Thread s = rig.start(server), c;
        board.csrs().advanceTime(1234);
        rig.sys(s, SYS_RECV, 0, 0);
        c = rig.start(client);
        board.trace.clear();
        rig.sys(c, SYS_CALL, 0, info(7, 2), 1, 2);
        rig.sys(s, SYS_REPLY, 0, info(8, 0));
        List<TraceRecord> t = board.trace;
        assertEquals(new TraceRecord(Trace.SEND, 1234, ids(c, s), ep.id, info(7, 2)), t.get(0));
        assertEquals(new TraceRecord(Trace.RECEIVE, 1234, ids(s, c), ep.id, info(7, 2)), t.get(1));
        assertEquals(new TraceRecord(Trace.REPLY, 1234, ids(s, c), 0, info(8, 0)), t.get(2));
        assertEquals(3, t.size());
    }

    @Test
    void aCopyAndADeleteOfACapabilityEachWriteTheSlotsNewContents() {
        Trace.enable();
        Thread c = rig.start(client);
        board.trace.clear();
        rig.sys(c, SYS_CAP_COPY, 0, 5, RIGHT_SEND, 0);
        rig.sys(c, SYS_CAP_DELETE, 5, 0);
        List<TraceRecord> t = board.trace;
        assertEquals(
                new TraceRecord(
                        Trace.CAP,
                        0,
                        ids(c, null),
                        org.mkplay.vmmagic.trace.TraceRecord.capObject(5, CAP_ENDPOINT, RIGHT_SEND, ep.id),
                        0x42),
                t.get(0));
        assertEquals(
                new TraceRecord(
                        Trace.CAP,
                        0,
                        ids(c, null),
                        org.mkplay.vmmagic.trace.TraceRecord.capObject(5, CAP_NULL, 0, -1),
                        0),
                t.get(1));
        assertEquals(2, t.size());
    }

    @Test
    void switchesAddressSpacesNotifyFaultSpawnExitKillAndRestartEachHaveARecord() {
        Trace.enable();
        Thread s = rig.start(server);
        Kernel.resume();
        rig.sys(s, SYS_RECV, 0, 0);
        Thread c = rig.start(client);
        Kernel.resume();
        rig.sys(c, SYS_NOTIFY, 1, 5);
        Fault.deliver(c, Cause.STORE_PAGE_FAULT, 0x4000_0040L, 0x1234);
        Fault.restart(null, client);
        Sched.reschedule();
        rig.sys(c, SYS_EXIT, 9, 0);
        Fault.kill(null, client);
        List<TraceRecord> t = board.trace;
        assertEquals(new TraceRecord(Trace.SPAWN, 0, ids(null, s), server.id, 0), t.get(0));
        assertEquals(new TraceRecord(Trace.SWITCH, 0, ids(null, s), 0, 0), t.get(1));
        assertEquals(new TraceRecord(Trace.SPACE, 0, ids(s, null), server.id, server.satp), t.get(2));
        assertEquals(Trace.SPAWN, t.get(3).type());
        assertEquals(new TraceRecord(Trace.SWITCH, 0, ids(s, c), 0, 0), t.get(4));
        assertEquals(new TraceRecord(Trace.SPACE, 0, ids(c, null), client.id, client.satp), t.get(5));
        assertEquals(new TraceRecord(Trace.NOTIFY, 0, ids(c, null), n.id, 5), t.get(6));
        assertEquals(
                new TraceRecord(Trace.FAULT | Cause.STORE_PAGE_FAULT << 8, 0, ids(c, null), 0x4000_0040L, 0x1234),
                t.get(7));
        assertEquals(new TraceRecord(Trace.RESTART, 0, ids(null, c), client.id, 1), t.get(8));
        assertEquals(new TraceRecord(Trace.EXIT, 0, ids(c, null), client.id, 9), t.get(9));
        assertEquals(new TraceRecord(Trace.KILL, 0, ids(null, c), client.id, 1), t.get(10));
        assertEquals(11, t.size());
    }
}
