package org.mkplay.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mkplay.checks.Run;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * Everything a lesson's checks read about the run since the last load or reset: every UART byte and every trace
 * record, kept in the worker whatever the page drains (the {@link TraceRing} may drop records the page did not take in
 * time; this log never drops one silently). Bounded: past {@link #MAX_RECORDS} records or {@link #MAX_CONSOLE_BYTES}
 * bytes it stops keeping and says so, and the checks report that they cannot judge the run instead of judging part
 * of it.
 */
final class RunLog {
    /** {@link TraceWords#SIZE} words of 8 bytes per record: at most 20 MiB of records. */
    static final int MAX_RECORDS = 1 << 19;

    static final int MAX_CONSOLE_BYTES = 1 << 20;

    private long[] words = new long[1024 * TraceWords.SIZE];
    private int records;
    private byte[] console = new byte[4096];
    private int consoleLength;
    private boolean recordsOverflowed;
    private boolean consoleOverflowed;

    void record(long type, long arg0, long arg1, long arg2, long arg3) {
        if (records == MAX_RECORDS) {
            recordsOverflowed = true;
            return;
        }
        if (records * TraceWords.SIZE == words.length) words = Arrays.copyOf(words, words.length * 2);
        TraceWords.put(words, records++, type, arg0, arg1, arg2, arg3);
    }

    void console(int octet) {
        if (consoleLength == MAX_CONSOLE_BYTES) {
            consoleOverflowed = true;
            return;
        }
        if (consoleLength == console.length) console = Arrays.copyOf(console, console.length * 2);
        console[consoleLength++] = (byte) octet;
    }

    void clear() {
        records = 0;
        consoleLength = 0;
        recordsOverflowed = consoleOverflowed = false;
    }

    int records() {
        return records;
    }

    /** Why the log cannot stand for the whole run, or null when it holds all of it. */
    String incomplete() {
        if (recordsOverflowed) {
            return "the run wrote more than " + MAX_RECORDS + " trace records, more than the page keeps for the checks";
        }
        if (consoleOverflowed) {
            return "the run printed more than " + MAX_CONSOLE_BYTES + " bytes, more than the page keeps for the checks";
        }
        return null;
    }

    /** The run as the checks see it: the console as UTF-8 text (as {@code mkplay check} reads it) and the records. */
    Run run() {
        List<TraceRecord> decoded = new ArrayList<>(records);
        for (int i = 0; i < records; i++) decoded.add(TraceWords.get(words, i));
        return new Run(new String(console, 0, consoleLength, StandardCharsets.UTF_8), decoded);
    }
}
