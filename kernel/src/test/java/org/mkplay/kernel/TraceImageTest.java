package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.vmmagic.trace.TraceRecord.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;
import org.mkplay.riscv.priv.Cause;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * The booted kernel finds the trace window on our emulator (Trace.probe) and writes its records there from the first
 * process's start; on QEMU, which has no window, the probe's access fault is absorbed and the console is the same.
 */
@NeedsHostTools // the console comparison boots QEMU
class TraceImageTest {
    /** A run on our emulator with every trace record decoded. */
    record TracedRun(Transcript transcript, List<TraceRecord> records) {}

    static TracedRun traced(String image) throws Exception {
        Machine machine = new Machine();
        List<TraceRecord> records = new ArrayList<>();
        machine.setTraceListener((type, a0, a1, a2, a3) -> records.add(TraceRecord.decode(type, a0, a1, a2, a3)));
        machine.load(UserProcessesTest.image(image));
        return new TracedRun(machine.runToEnd(UserProcessesTest.BUDGET), records);
    }

    /** "TYPE actor->peer" with the label for messages: the sequence without instruction counts and satp values. */
    static String sketch(TraceRecord r) {
        String s = r.name() + " " + (r.actor() == NONE ? "-" : r.actor()) + ">" + (r.peer() == NONE ? "-" : r.peer());
        if (r.type() == CAP)
            return s + " slot " + r.slot() + " type " + r.capType() + " rights " + r.rights() + " badge " + r.value();
        return r.isMessage() ? s + " label " + r.label() + " words " + r.words() : s;
    }

    /**
     * Image ipc (Server at priority 10, clients A and B at 5; threads 0, 1, 2): the boot's grants (slot 1 of each: the
     * server's endpoint with RECEIVE (2), the clients' with SEND (1) and badges 0xa and 0xb), the three spawns, then the server runs
     * first and waits; A calls (label 7, 2 words), the server receives it, replies (label 8, 1 word) and waits again;
     * A gets its reply, calls through an empty slot (an error, no record) and exits; B likewise; the server exits
     * after two calls. Every context switch is followed by its address-space switch.
     */
    @Test
    void theIpcImageWritesTheRecordsOfItsCallsSwitchesAndExits() throws Exception {
        TracedRun run = traced("ipc");
        assertEquals(0, run.transcript().exitStatus());
        List<String> messages = run.records().stream()
                .filter(r -> r.type() != SWITCH && r.type() != SPACE)
                .map(TraceImageTest::sketch)
                .toList();
        assertEquals(
                List.of(
                                "CAP 0>- slot 1 type 1 rights 2 badge 0",
                                "CAP 1>- slot 1 type 1 rights 1 badge 10",
                                "CAP 2>- slot 1 type 1 rights 1 badge 11",
                                "SPAWN ->0",
                                "SPAWN ->1",
                                "SPAWN ->2",
                                "SEND 1>0 label 7 words 2",
                                "RECEIVE 0>1 label 7 words 2",
                                "REPLY 0>1 label 8 words 1",
                                "SEND 2>0 label 7 words 2",
                                "RECEIVE 0>2 label 7 words 2",
                                "REPLY 0>2 label 8 words 1",
                                "EXIT 0>-",
                                "EXIT 1>-",
                                "EXIT 2>-")
                        .toString(),
                messages.toString());
        assertSwitchesAreFollowedByTheirSpace(run.records());
        assertInstructionCountsGrow(run.records());
    }

    static void assertSwitchesAreFollowedByTheirSpace(List<TraceRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).type() != SWITCH) continue;
            TraceRecord space = records.get(i + 1);
            assertEquals(SPACE, space.type(), "a switch is followed by its address-space switch");
            assertEquals(records.get(i).peer(), space.actor());
        }
    }

    static void assertInstructionCountsGrow(List<TraceRecord> records) {
        for (int i = 1; i < records.size(); i++) {
            assertTrue(records.get(i).instret() >= records.get(i - 1).instret(), "instret never goes back: " + i);
        }
    }

    /**
     * The page's image (timeline): 3,000 calls of PingClient and 200 of Crasher reach the server, each a SEND,
     * RECEIVE and REPLY; the Crasher then faults (a breakpoint, the failed null check) and the console on QEMU is the
     * same as ours: there the probe's access fault was absorbed.
     */
    @Test
    void thePageImageTracesItsCallsAndTheFaultAndQemuPrintsTheSameConsole() throws Exception {
        TracedRun run = traced("timeline");
        assertEquals(0, run.transcript().exitStatus());
        long sends = run.records().stream().filter(r -> r.type() == SEND).count();
        long replies = run.records().stream().filter(r -> r.type() == REPLY).count();
        assertEquals(3200, sends);
        assertEquals(3200, replies);
        List<TraceRecord> faults =
                run.records().stream().filter(r -> r.type() == FAULT).toList();
        assertEquals(1, faults.size());
        assertEquals(2, faults.get(0).actor());
        assertEquals(Cause.BREAKPOINT, faults.get(0).cause());
        assertInstructionCountsGrow(run.records());
        Boards.QemuRun qemu = Boards.qemu(UserProcessesTest.image("timeline"));
        assertEquals(run.transcript().text(), qemu.console());
        assertEquals(0, qemu.exit());
    }
}
