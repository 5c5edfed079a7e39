package org.mkplay.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.checks.Checks;
import org.mkplay.checks.Run;
import org.mkplay.checks.Verdict;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.MachineConfig;
import org.mkplay.emulator.Transcript;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * The page's checks ({@link EmulatorBridge#evaluateChecks}) against the JVM's ({@link Checks#evaluate} on a run
 * collected as {@code mkplay check} collects it): the same image, the same checks, the same verdicts, word for word.
 * The image is the system image the page ships (the kernel's timeline test image: PingServer, PingClient, Crasher).
 */
class EvaluateChecksTest {
    private static final Path SYSTEM_IMAGE = Path.of("../kernel/target/images/timeline.elf");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SLICE = 2_000_000;

    /** Passing and failing checks of every kind, a name no process has, and a console line with a quote. */
    static final String CHECKS = """
        # the system image: 3,000 pings, a crash
        console contains "ping client: 3000 calls, 0 wrong answers"
        console contains "user: PingServer is process 0, ASID "
        console line "no such line \\"at all\\""
        ipc PingClient -> PingServer at least 3000 times
        ipc PingServer -> PingClient
        reply PingServer -> PingClient label 0x2
        notify any -> any
        fault Crasher cause 3
        not fault PingServer
        restart Crasher
        exit PingClient status 0
        exit Nobody
        round-trip PingClient -> PingServer at most 3000 instructions
        round-trip PingClient -> PingServer at most 100 instructions
        not panic
        """;

    @Test
    void theBridgeGivesTheVerdictsTheJvmGivesForTheSystemImage() throws Exception {
        byte[] image = Files.readAllBytes(SYSTEM_IMAGE);
        List<Verdict> expected = Checks.evaluate(CHECKS, jvmRun(image));

        assertEquals("", EmulatorBridge.load(image));
        // as the worker does: the views drain the ring after every slice, yet the checks see the whole run
        int drained = 0;
        while (!EmulatorBridge.halted()) {
            EmulatorBridge.run(SLICE);
            drained += EmulatorBridge.drainTrace().length / TraceRing.FIELDS;
        }
        JsonNode report = JSON.readTree(EmulatorBridge.evaluateChecks(CHECKS));

        assertTrue(report.get("error").isNull(), report.toString());
        JsonNode verdicts = report.get("verdicts");
        assertEquals(expected.size(), verdicts.size());
        for (int i = 0; i < expected.size(); i++) {
            Verdict v = expected.get(i);
            JsonNode w = verdicts.get(i);
            assertEquals(v.check().line(), w.get("line").asInt(), v.describe());
            assertEquals(v.check().source(), w.get("source").asText());
            assertEquals(v.passed(), w.get("passed").asBoolean(), v.describe());
            assertEquals(v.expected(), w.get("expected").asText());
            assertEquals(v.observed(), w.get("observed").asText());
        }
        // both outcomes are exercised, and the JVM's verdicts are the known ones
        assertEquals(
                List.of(true, true, false, true, false, true, false, true, true, false, true, false, true, false, true),
                expected.stream().map(Verdict::passed).toList());
        assertEquals(drained, report.get("records").asInt(), "every record of the run, drained or not");
        assertTrue(drained > 20_000, "the system image writes some 22,000 records: " + drained);
    }

    @Test
    void theContextSwitchCounterCountsEverySwitchRecordOfTheRun() throws Exception {
        assertEquals("", EmulatorBridge.load(Files.readAllBytes(SYSTEM_IMAGE)));
        int index = List.of(EmulatorBridge.counterNames().split(",")).indexOf("contextSwitches");
        long switches = 0;
        while (!EmulatorBridge.halted()) {
            EmulatorBridge.run(SLICE);
            double[] batch = EmulatorBridge.drainTrace();
            for (int i = 0; i < batch.length; i += TraceRing.FIELDS) {
                if (batch[i] == TraceRecord.SWITCH) switches++;
            }
        }
        assertTrue(switches > 6_000, "3,000 calls to a server in its own process switch there and back: " + switches);
        assertEquals(switches, (long) EmulatorBridge.counters()[index]);
        EmulatorBridge.reset();
        assertEquals(0.0, EmulatorBridge.counters()[index], "reset clears the count");
    }

    @Test
    void aResetStartsTheChecksOverAndAFileThatDoesNotParseNamesItsLine() throws Exception {
        assertEquals("", EmulatorBridge.load(Files.readAllBytes(SYSTEM_IMAGE)));
        EmulatorBridge.run(SLICE);
        EmulatorBridge.reset();
        JsonNode fresh = JSON.readTree(EmulatorBridge.evaluateChecks("not panic\nconsole contains \"user: \""));
        assertEquals(0, fresh.get("records").asInt());
        assertEquals(
                List.of(true, false),
                List.of(
                        fresh.get("verdicts").get(0).get("passed").asBoolean(),
                        fresh.get("verdicts").get(1).get("passed").asBoolean()));

        JsonNode broken = JSON.readTree(EmulatorBridge.evaluateChecks("panic\nipc A B"));
        assertEquals(
                "checks line 2: expected '->', found \"B\"", broken.get("error").asText());
        assertEquals(0, broken.get("verdicts").size());
    }

    @Test
    void aRunTooBigToKeepWholeIsNotJudged() throws Exception {
        RunLog log = new RunLog();
        for (int i = 0; i <= RunLog.MAX_RECORDS; i++) log.record(TraceRecord.SWITCH, 0, 0, 0, 0);
        JsonNode report = JSON.readTree(ChecksReport.evaluate("not panic", log));
        assertEquals(
                "cannot check this run: the run wrote more than 524288 trace records, more than the page keeps"
                        + " for the checks",
                report.get("error").asText());
        assertEquals(0, report.get("verdicts").size());
    }

    @Test
    void jsonStringsEscapeQuotesBackslashesAndControlCharacters() throws Exception {
        String nasty = "a\"b\\c\nd\te\u0001f\u2028g é";
        assertEquals(nasty, JSON.readTree(ChecksReport.string(nasty)).asText());
    }

    /** As {@code mkplay check} collects a run: every record from the machine's listener, the console to the end. */
    private static Run jvmRun(byte[] image) throws Exception {
        Machine machine = new Machine(new MachineConfig().ramMiB(128));
        machine.load(image);
        List<TraceRecord> records = new ArrayList<>();
        machine.setTraceListener((type, a0, a1, a2, a3) -> records.add(TraceRecord.decode(type, a0, a1, a2, a3)));
        Transcript transcript = machine.runToEnd(2_000_000_000L);
        assertTrue(transcript.halted());
        return new Run(transcript.text(), records);
    }
}
