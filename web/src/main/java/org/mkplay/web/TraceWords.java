package org.mkplay.web;

import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * Trace records kept as the raw words the kernel wrote (TYPE, ARG0..ARG3), {@link #SIZE} longs per record in a
 * long[]: the layout of the bridge's {@link TraceRing} and {@link RunLog}, decoded only when read.
 */
final class TraceWords {
    static final int SIZE = 5;

    private TraceWords() {}

    /** Stores a record's words in slot {@code slot} of {@code words}. */
    static void put(long[] words, int slot, long type, long arg0, long arg1, long arg2, long arg3) {
        int at = slot * SIZE;
        words[at] = type;
        words[at + 1] = arg0;
        words[at + 2] = arg1;
        words[at + 3] = arg2;
        words[at + 4] = arg3;
    }

    /** The record in slot {@code slot} of {@code words}, decoded. */
    static TraceRecord get(long[] words, int slot) {
        int at = slot * SIZE;
        return TraceRecord.decode(words[at], words[at + 1], words[at + 2], words[at + 3], words[at + 4]);
    }
}
