package org.mkplay.toolchain.corpus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mkplay.testkit.HostTool;

/**
 * Decides whether a guest run behaved like the JVM run: the console must start with exactly the JVM's stdout
 * bytes, the exit statuses must agree, and an uncaught exception on the JVM (its stderr) must appear after that
 * output as the same report: the first line, the program's frames with their lines, causes and suppressed
 * exceptions, as {@link #comparableReport} compares them (the JDK's own frames and the "helpful"
 * NullPointerException message aside).
 */
public final class OutputComparison {
    static final String UNCAUGHT = "Exception in thread \"main\" ";
    private static final String NPE_NAME = "java.lang.NullPointerException";
    private static final String NPE = UNCAUGHT + NPE_NAME;

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
        if (!stderr.isEmpty() && !stderr.startsWith(UNCAUGHT))
            return "the JVM wrote something other than an uncaught exception to stderr";
        byte[] out = jvm.stdout();
        byte[] console = guest.console();
        int diff = Arrays.mismatch(out, console);
        if (diff >= 0 && diff < out.length)
            return "stdout differs at byte " + diff + " (line " + lineAt(out, diff) + ")";
        String rest = text(Arrays.copyOfRange(console, out.length, console.length));
        String report = exceptionReportProblem(stderr, rest);
        if (report != null) return report;
        if (jvm.exitStatus() != guest.exit()) return "exit status " + guest.exit() + ", the JVM's " + jvm.exitStatus();
        return null;
    }

    private static String exceptionReportProblem(String jvmStderr, String rest) {
        if (jvmStderr.isEmpty()) return rest.isEmpty() ? null : "the guest printed more than the JVM";
        List<String> expected = comparableReport(jvmStderr), actual = comparableReport(rest);
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String e = i < expected.size() ? expected.get(i) : "(nothing)",
                    a = i < actual.size() ? actual.get(i) : "(nothing)";
            if (!e.equals(a))
                return "uncaught exception report, line " + (i + 1) + ": expected '" + e + "', got '" + a + "'";
        }
        return rest.endsWith("\n") ? null : "exception report does not end with a newline";
    }

    /**
     * A report's lines as compared: frames of the JDK's own classes ({@code \tat java.base/...}) are dropped on
     * both sides (our runtime library is not the JDK, its frames differ), and a helpful NullPointerException
     * message, which we do not produce, is cut after the exception's name. Everything else (the program's frames
     * with their lines, "Caused by:", "Suppressed:", "... n more") must be the same. A StackOverflowError or
     * OutOfMemoryError report is its first line only: the JVM prints the top 1024 frames of the overflowed stack,
     * while our report, made in the stack's small reserve or a full heap, prints none (docs/java-subset.md).
     */
    public static List<String> comparableReport(String report) {
        List<String> lines = new ArrayList<>();
        for (String line : report.split("\n")) {
            if (line.trim().startsWith("at java.base/")) continue;
            int npe = line.indexOf(NPE_NAME + ": Cannot ");
            lines.add(npe >= 0 ? line.substring(0, npe + NPE_NAME.length()) : line);
        }
        boolean fatal = !lines.isEmpty()
                && (lines.get(0).endsWith("java.lang.StackOverflowError")
                        || lines.get(0).endsWith("java.lang.OutOfMemoryError: Java heap space"));
        return fatal ? List.of(lines.get(0)) : lines;
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
