package org.mkplay.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mkplay.vmmagic.trace.TraceRecord.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * The facts against a hand-made run: Server (process 0, thread 0), Client (process 1, thread 1) and Crasher
 * (process 2, thread 2), named by the boot's console lines; two calls of the client with labels 7 and 9, each
 * answered; the crasher faults (cause 3) and is restarted; the client exits with status 0.
 */
class FactsTest {
    private final List<TraceRecord> records = new ArrayList<>();
    private long clock = 1000;

    private void record(int type, long actor, long peer, long object, long value) {
        records.add(new TraceRecord(type, type == FAULT ? 3 : 0, clock += 100, actor, peer, object, value));
    }

    private Run run() {
        records.clear();
        clock = 1000;
        for (int t = 0; t < 3; t++) record(SPAWN, NONE, t, t, 1);
        for (long label : new long[] {7, 9}) {
            record(SEND, 1, 0, 0, label << 32 | 2);
            record(RECEIVE, 0, 1, 0, label << 32 | 2);
            record(SWITCH, 1, 0, 0, 0);
            record(REPLY, 0, 1, 0, (label + 1) << 32 | 1);
            record(SWITCH, 0, 1, 0, 0);
        }
        record(FAULT, 2, NONE, 0x4000_0010L, 0);
        record(RESTART, 0, 2, 2, 2);
        record(EXIT, 1, NONE, 1, 0);
        String console = "user: Server is process 0, ASID 1\nuser: Client is process 1, ASID 2\n"
                + "user: Crasher is process 2, ASID 3\nclient: sum 42\nmk$ ";
        return new Run(console, records);
    }

    private Verdict check(String line) throws CheckSyntaxException {
        return Checks.evaluate(line, run()).get(0);
    }

    @Test
    void aServerPlacedInTheKernelIsNamedByItsBootLineToo() {
        Run run = new Run(
                "user: client is process 0, ASID 1\nkernel: echo is process 1, in the kernel, priority 8\n"
                        + "kernel: no thread can run, 12 frames in use, powering off\n",
                List.of());
        assertEquals(List.of("client", "echo"), run.processNames());
    }

    @Test
    void factsThatHoldPass() throws Exception {
        for (String line : List.of(
                "console contains \"sum 42\"",
                "console contains \"mk$ \"",
                "console line \"client: sum 42\"",
                "ipc Client -> Server",
                "ipc Client -> Server label 9",
                "ipc any -> Server at least 2 times",
                "reply Server -> Client label 10",
                "fault Crasher",
                "fault Crasher cause 3",
                "restart Crasher",
                "exit Client status 0",
                "round-trip Client -> Server at most 400 instructions",
                "not panic",
                "not fault Server")) {
            Verdict v = check(line);
            assertTrue(v.passed(), v.describe());
        }
    }

    @Test
    void factsThatDoNotHoldFailAndSayWhatHappened() throws Exception {
        assertFails(
                "ipc Client -> Server label 8",
                "an IPC from Client to Server with label 8",
                "none; IPCs seen: Client to Server label 7, Client to Server label 9");
        assertFails(
                "ipc Client -> Server at least 3 times",
                "an IPC from Client to Server, at least 3 times",
                "2 matching; IPCs seen: Client to Server label 7, Client to Server label 9");
        assertFails(
                "ipc Server -> Client",
                "an IPC from Server to Client",
                "none; IPCs seen: Client to Server label 7, Client to Server label 9");
        assertFails("fault Server", "a fault in Server", "none; faults: Crasher (cause 3)");
        assertFails("exit Client status 1", "Client exits with status 1", "none; exits: Client (status 0)");
        assertFails(
                "round-trip Client -> Server at most 399 instructions",
                "a round trip from Client to Server costs at most 399 instructions",
                "2 round trips, 400 instructions on average (400 to 400)");
        assertFails(
                "console line \"sum 42\"",
                "the console has the line \"sum 42\"",
                "no such line; the last line is \"mk$ \"");
        assertFails("panic", "the kernel panics", "no panic report on the console");
        assertFails("not restart Crasher", "not: a restart of Crasher", "1 matching; restarts: Crasher");
        assertFails(
                "ipc Clinet -> Server",
                "an IPC from Clinet to Server",
                "there is no process named Clinet (processes: Server, Client, Crasher)");
    }

    @Test
    void interruptsCountOnlyTheKernelsNotificationsThatWokeTheProcess() throws Exception {
        String console = run().console();
        record(NOTIFY, NONE, 1, 4, 1); // the UART's interrupt wakes the client
        record(NOTIFY, NONE, NONE, 4, 1); // an interrupt nobody waited for
        record(NOTIFY, 0, 1, 4, 2); // the server's own notify: no interrupt
        record(NOTIFY, NONE, 1, 4, 1);
        Run run = new Run(console, records);
        Verdict twice =
                Checks.evaluate("interrupt -> Client at least 2 times", run).get(0);
        assertTrue(twice.passed(), twice.describe());
        assertEquals("2 matching; 3 interrupts, woke: Client ×2", twice.observed());
        Verdict thrice =
                Checks.evaluate("interrupt -> Client at least 3 times", run).get(0);
        assertFalse(thrice.passed(), thrice.describe());
        Verdict server = Checks.evaluate("interrupt -> Server", run).get(0);
        assertFalse(server.passed(), server.describe());
        assertEquals("an interrupt that wakes Server", server.expected());
        assertFails(
                "interrupt -> Client",
                "an interrupt that wakes Client",
                "none; no interrupt was delivered to a notification");
    }

    private void assertFails(String line, String expected, String observed) throws Exception {
        Verdict v = check(line);
        assertFalse(v.passed(), v.describe());
        assertEquals(expected, v.expected());
        assertEquals(observed, v.observed());
    }

    @Test
    void aVerdictReadsAsOneLine() throws Exception {
        assertEquals(
                "PASS line 1: Client exits with status 0; 1 matching; exits: Client (status 0)",
                check("exit Client status 0").describe());
    }

    @Test
    void aRoundTripToAServerInTheKernelEndsAtItsReply() throws Exception {
        String console = run().console();
        // Server answers in the kernel, on the client's time: no SWITCH between the SEND and the REPLY
        record(SEND, 1, 0, 0, 1L << 32 | 1);
        record(RECEIVE, 0, 1, 0, 1L << 32 | 1);
        record(REPLY, 0, 1, 0, 1);
        Verdict v = Checks.evaluate("round-trip Client -> Server at most 400 instructions", new Run(console, records))
                .get(0);
        assertTrue(v.passed(), v.describe());
        assertEquals("3 round trips, 333 instructions on average (200 to 400)", v.observed());
    }

    @Test
    void namesGivenByTheCallerReplaceTheConsoles() {
        Run named = new Run("", List.of(new TraceRecord(SPAWN, 0, 1, NONE, 4, 0, 1)), java.util.Map.of(0L, "echo"));
        assertEquals("echo", named.nameOfThread(4));
        assertEquals("thread 5", named.nameOfThread(5));
    }
}
