package org.mkplay.toolchain.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mkplay.testkit.HostTool;

/**
 * Decides whether a guest run behaved like the JVM run: the console must start with exactly the JVM's stdout
 * bytes, the exit statuses must agree, and an uncaught exception on the JVM (its stderr) must appear after that
 * output as our one-line report (the JVM's first line) followed only by {@code \tat} frame lines.
 * The JVM's "helpful" NullPointerException message is not reproduced; there only the exception name is expected.
 */
public final class OutputComparison {
    static final String UNCAUGHT = "Exception in thread \"main\" ";
    private static final String NPE = UNCAUGHT + "java.lang.NullPointerException";

    private OutputComparison() {}

    /** Null when the runs agree, otherwise what differs (with both outputs for the failure message). */
    public static String mismatch(HostTool.Result jvm, GuestRunner.Outcome guest) {
        String problem = firstProblem(jvm, guest);
        if (problem == null) return null;
        return problem + "\n--- JVM stdout ---\n" + text(jvm.stdout()) + "--- JVM stderr ---\n" + text(jvm.stderr())
            + "--- JVM exit " + jvm.exitStatus() + "\n--- guest console ---\n" + text(guest.console())
            + "--- guest exit " + guest.exit();
    }

    private static String firstProblem(HostTool.Result jvm, GuestRunner.Outcome guest) {
        String stderr = text(jvm.stderr());
        if (!stderr.isEmpty() && !stderr.startsWith(UNCAUGHT)) return "the JVM wrote something other than an uncaught exception to stderr";
        byte[] out = jvm.stdout();
        byte[] console = guest.console();
        int diff = Arrays.mismatch(out, console);
        if (diff >= 0 && diff < out.length) return "stdout differs at byte " + diff + " (line " + lineAt(out, diff) + ")";
        String rest = text(Arrays.copyOfRange(console, out.length, console.length));
        String report = exceptionReportProblem(stderr, rest);
        if (report != null) return report;
        if (jvm.exitStatus() != guest.exit()) return "exit status " + guest.exit() + ", the JVM's " + jvm.exitStatus();
        return null;
    }

    private static String exceptionReportProblem(String jvmStderr, String rest) {
        if (jvmStderr.isEmpty()) return rest.isEmpty() ? null : "the guest printed more than the JVM";
        String expected = expectedReportLine(jvmStderr.lines().findFirst().orElse(""));
        String[] lines = rest.split("\n", -1);
        if (!lines[0].equals(expected)) return "uncaught exception report: expected '" + expected + "', got '" + lines[0] + "'";
        for (int i = 1; i < lines.length - 1; i++) {
            if (!lines[i].startsWith("\tat ")) return "after the exception line, expected only '\\tat' frames, got '" + lines[i] + "'";
        }
        return lines[lines.length - 1].isEmpty() ? null : "exception report does not end with a newline";
    }

    /** The JVM's first stderr line, except a helpful NullPointerException message, which we do not produce. */
    static String expectedReportLine(String jvmFirstLine) {
        return jvmFirstLine.startsWith(NPE + ": Cannot ") ? NPE : jvmFirstLine;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
