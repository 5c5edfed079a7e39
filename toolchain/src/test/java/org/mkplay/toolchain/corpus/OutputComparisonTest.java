package org.mkplay.toolchain.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mkplay.testkit.HostTool;

/** The verdict rules of the differential tests, on hand-made outcomes. */
class OutputComparisonTest {
    private static final String AIOOBE =
            "Exception in thread \"main\" java.lang.ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3";

    private static HostTool.Result jvm(String out, String err, int exit) {
        return new HostTool.Result(List.of("java"), bytes(out), bytes(err), exit);
    }

    private static GuestRunner.Outcome guest(String console, int exit) {
        return new GuestRunner.Outcome(bytes(console), exit);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void identicalOutputAndStatusAgree() {
        assertNull(OutputComparison.mismatch(jvm("a\nb\n", "", 3), guest("a\nb\n", 3)));
    }

    @Test
    void differentByteIsReportedWithItsLine() {
        String m = OutputComparison.mismatch(jvm("a\nb\n", "", 0), guest("a\nc\n", 0));
        assertTrue(m.startsWith("stdout differs at byte 2 (line 2)"), m);
    }

    @Test
    void missingAndExtraOutputAreMismatches() {
        assertTrue(OutputComparison.mismatch(jvm("a\nb\n", "", 0), guest("a\n", 0))
                .startsWith("stdout differs at byte 2"));
        assertTrue(
                OutputComparison.mismatch(jvm("a\n", "", 0), guest("a\nb\n", 0)).startsWith("the guest printed more"));
    }

    @Test
    void exitStatusMustAgree() {
        assertTrue(
                OutputComparison.mismatch(jvm("a\n", "", 2), guest("a\n", 0)).startsWith("exit status 0, the JVM's 2"));
    }

    @Test
    void uncaughtExceptionNeedsTheSameReport() {
        HostTool.Result j = jvm("x\n", AIOOBE + "\n\tat Main.f(Main.java:4)\n\tat Main.main(Main.java:9)\n", 1);
        assertNull(OutputComparison.mismatch(
                j, guest("x\n" + AIOOBE + "\n\tat Main.f(Main.java:4)\n\tat Main.main(Main.java:9)\n", 1)));
        assertTrue(OutputComparison.mismatch(j, guest("x\n" + AIOOBE + "\n\tat Main.f(Main.java:4)\n", 1))
                .contains("line 3"));
        assertTrue(OutputComparison.mismatch(
                        j, guest("x\n" + AIOOBE + "\n\tat Main.f(Main.java:5)\n\tat Main.main(Main.java:9)\n", 1))
                .contains("line 2"));
        assertTrue(OutputComparison.mismatch(j, guest("x\n" + AIOOBE.replace('3', '4') + "\n", 1))
                .startsWith("uncaught exception report"));
        assertTrue(OutputComparison.mismatch(j, guest("x\n", 1)).startsWith("uncaught exception report"));
    }

    @Test
    void theJdksOwnFramesAreNotCompared() {
        String nfe = "Exception in thread \"main\" java.lang.NumberFormatException: For input string: \"x\"";
        HostTool.Result j = jvm(
                "",
                nfe + "\n\tat java.base/java.lang.Integer.parseInt(Integer.java:668)\n\tat Main.main(Main.java:3)\n"
                        + "Caused by: java.lang.NullPointerException: Cannot invoke \"String.length()\"\n\t... 1 more\n",
                1);
        assertNull(OutputComparison.mismatch(
                j,
                guest(
                        nfe
                                + "\n\tat Main.main(Main.java:3)\nCaused by: java.lang.NullPointerException\n\t... 1 more\n",
                        1)));
    }

    @Test
    void helpfulNullPointerMessageIsNotExpected() {
        String helpful =
                "Exception in thread \"main\" java.lang.NullPointerException: Cannot read the array length because \"<local1>\" is null";
        assertEquals(
                "Exception in thread \"main\" java.lang.NullPointerException",
                OutputComparison.expectedReportLine(helpful));
        String explicit = "Exception in thread \"main\" java.lang.NullPointerException: mine";
        assertEquals(explicit, OutputComparison.expectedReportLine(explicit));
    }

    @Test
    void otherStderrOutputOnTheJvmIsAProgramError() {
        assertTrue(OutputComparison.mismatch(jvm("a\n", "warning\n", 0), guest("a\n", 0))
                .startsWith("the JVM wrote something other"));
    }
}
