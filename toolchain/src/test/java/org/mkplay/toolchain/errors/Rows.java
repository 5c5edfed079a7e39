package org.mkplay.toolchain.errors;

import org.junit.jupiter.params.provider.Arguments;

/** Table rows for diagnostics tests: a Main.java given line by line and the exact diagnostics expected. */
final class Rows {
    private Rows() {}

    /**
     * A row: its name, then (message, line) pairs — each becomes
     * {@code Main.java:LINE: error: MESSAGE is not supported} — then the source lines.
     * The arguments are (name, source text, expected formatted diagnostics).
     */
    static Arguments row(String name, Object... parts) {
        int pairs = 0;
        while (parts[2 * pairs] instanceof String && parts[2 * pairs + 1] instanceof Integer) pairs++;
        StringBuilder expected = new StringBuilder();
        for (int k = 0; k < pairs; k++)
            expected.append(error("Main.java", (Integer) parts[2 * k + 1], (String) parts[2 * k]));
        StringBuilder source = new StringBuilder();
        for (int k = 2 * pairs; k < parts.length; k++) source.append(parts[k]).append('\n');
        return Arguments.of(name, source.toString(), expected.toString());
    }

    /** One formatted diagnostic line for an unsupported construct. */
    static String error(String file, int line, String construct) {
        return file + ":" + line + ": error: " + construct + " is not supported\n";
    }

    /** Joins source lines with newlines, so that line k of the result is argument k. */
    static String source(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
