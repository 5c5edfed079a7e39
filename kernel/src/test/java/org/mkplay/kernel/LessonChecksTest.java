package org.mkplay.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.checks.Checks;
import org.mkplay.checks.Run;
import org.mkplay.checks.Verdict;

/**
 * The lessons' check language (module checks) against real runs: the kernel's test images booted on our emulator,
 * their console and trace records. What a lesson would assert about a call, a reply, a fault or a round trip holds
 * for these images, and a check that does not hold says what happened instead.
 */
class LessonChecksTest {
    static Run run(String image) throws Exception {
        TraceImageTest.TracedRun traced = TraceImageTest.traced(image);
        return new Run(traced.transcript().text(), traced.records());
    }

    static List<Verdict> verdicts(String image, String checks) throws Exception {
        List<Verdict> verdicts = Checks.evaluate(checks, run(image));
        verdicts.forEach(v -> System.out.println(v.describe()));
        return verdicts;
    }

    @Test
    void theCallsOfTheIpcImageHoldAsALessonWouldCheckThem() throws Exception {
        List<Verdict> verdicts = verdicts("ipc", """
            console line "A: call status 0, label 8, sum 42"
            ipc ClientA -> Server label 7
            ipc ClientB -> Server label 7
            ipc any -> Server at least 2 times
            reply Server -> ClientA label 8
            reply Server -> ClientB label 8
            round-trip ClientA -> Server at most 200000 instructions
            exit Server status 0
            not fault any
            not panic
            """);
        assertTrue(Checks.allPassed(verdicts));
    }

    @Test
    void theFaultOfTheTimelineImageIsSeenAndAWrongExpectationExplained() throws Exception {
        List<Verdict> verdicts = verdicts("timeline", """
            ipc PingClient -> PingServer at least 3000 times
            fault Crasher cause 3
            not fault PingServer
            fault PingServer
            ipc PingServer -> PingClient
            round-trip PingClient -> PingServer at most 3000 instructions
            round-trip PingClient -> PingServer at most 100 instructions
            """);
        assertEquals(
                List.of(true, true, true, false, false, true, false),
                verdicts.stream().map(Verdict::passed).toList());
        assertEquals("none; faults: Crasher (cause 3)", verdicts.get(3).observed());
        assertTrue(
                verdicts.get(4).observed().startsWith("none; IPCs seen: PingClient to PingServer label 1 ×375, "),
                verdicts.get(4).observed());
    }
}
