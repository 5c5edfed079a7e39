package org.mkplay.testkit;

import java.util.ArrayList;
import java.util.List;

/** Readable description of where two UART transcripts part: the first differing line with its neighbours. */
public final class TranscriptDiff {
    private static final int CONTEXT = 3;

    private TranscriptDiff() {}

    /** Empty when the transcripts are equal. */
    public static String describe(String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        List<String> report = new ArrayList<>();
        report.add("first difference at line " + (line + 1) + ":");
        for (int i = Math.max(0, line - CONTEXT); i < line; i++) {
            report.add("    " + want[i]);
        }
        for (int i = line; i < Math.min(want.length, line + CONTEXT); i++) {
            report.add("  QEMU: " + want[i]);
        }
        for (int i = line; i < Math.min(got.length, line + CONTEXT); i++) {
            report.add("  ours: " + got[i]);
        }
        if (line >= got.length) {
            report.add("  ours: <transcript ends>");
        }
        return String.join("\n", report);
    }
}
