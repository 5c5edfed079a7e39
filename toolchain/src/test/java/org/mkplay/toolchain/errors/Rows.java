package org.mkplay.toolchain.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.Function;
import org.junit.jupiter.params.provider.Arguments;
import org.mkplay.toolchain.CompileResult;

/**
 * Table rows for diagnostics tests: a Main.java given line by line and the exact diagnostics expected; shared by
 * the tests of unsupported constructs and of the profiles' rules (here and in the kernel package).
 */
public final class Rows {
    private Rows() {}

    /**
     * A row: its name, then (message, line) pairs — each becomes
     * {@code Main.java:LINE: error: MESSAGE is not supported} — then the source lines.
     * The arguments are (name, source text, expected formatted diagnostics).
     */
    public static Arguments row(String name, Object... parts) {
        return framedRow(Rows::source, name, parts);
    }

    /** As {@link #row}, with the source lines put into a frame (e.g. a class body into its class). */
    public static Arguments framedRow(Function<String[], String> frame, String name, Object... parts) {
        int pairs = 0;
        while (parts[2 * pairs] instanceof String && parts[2 * pairs + 1] instanceof Integer) pairs++;
        StringBuilder expected = new StringBuilder();
        for (int k = 0; k < pairs; k++)
            expected.append(error("Main.java", (Integer) parts[2 * k + 1], (String) parts[2 * k]));
        String[] lines = new String[parts.length - 2 * pairs];
        for (int k = 2 * pairs; k < parts.length; k++) lines[k - 2 * pairs] = (String) parts[k];
        return Arguments.of(name, frame.apply(lines), expected.toString());
    }

    /** One formatted diagnostic line for an unsupported construct. */
    public static String error(String file, int line, String construct) {
        return file + ":" + line + ": error: " + construct + " is not supported\n";
    }

    /** Joins source lines with newlines, so that line k of the result is argument k. */
    public static String source(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The row's compilation failed with exactly the expected diagnostics. */
    public static void assertRefused(String name, String expected, CompileResult r) {
        assertFalse(r.ok(), name + " compiled");
        assertEquals(expected, r.formattedDiagnostics(), name);
    }
}
