package org.mkplay.web;

import org.mkplay.emulator.devices.TraceListener;
import org.mkplay.vmmagic.trace.TraceRecord;

/**
 * The kernel's trace records since the worker last drained them, in a bounded ring: when the page falls behind by
 * more than {@link #CAPACITY} records the oldest are overwritten and counted as dropped, so a busy guest never
 * grows the worker's memory. {@link #drain} hands them to JavaScript as numbers, {@link #FIELDS} per record:
 * <pre>
 *   type, cause, instret, actor, peer, object, value bits 63..32, value bits 31..0
 * </pre>
 * (the fields of {@link TraceRecord}; actor and peer are 0xFFFF_FFFF for none; the value is split because a double
 * holds 53 bits; instret and object stay below 2^53 in any run a page can make).
 */
final class TraceRing implements TraceListener {
    static final int CAPACITY = 1 << 16;
    static final int FIELDS = 8;

    /** The raw words of each record, CAPACITY slots (TraceWords' layout). */
    private final long[] words = new long[CAPACITY * TraceWords.SIZE];

    private long written;
    private long drained;
    private long dropped;

    @Override
    public void event(long type, long arg0, long arg1, long arg2, long arg3) {
        TraceWords.put(words, (int) (written % CAPACITY), type, arg0, arg1, arg2, arg3);
        written++;
        if (written - drained > CAPACITY) {
            drained++;
            dropped++;
        }
    }

    /** The records written since the last drain (at most CAPACITY, oldest first), decoded; empties the ring. */
    double[] drain() {
        int n = (int) (written - drained);
        double[] out = new double[n * FIELDS];
        for (int i = 0; i < n; i++) {
            TraceRecord r = TraceWords.get(words, (int) ((drained + i) % CAPACITY));
            int o = i * FIELDS;
            out[o] = r.type();
            out[o + 1] = r.cause();
            out[o + 2] = r.instret();
            out[o + 3] = r.actor();
            out[o + 4] = r.peer();
            out[o + 5] = r.object();
            out[o + 6] = r.value() >>> 32;
            out[o + 7] = r.value() & 0xFFFF_FFFFL;
        }
        drained = written;
        return out;
    }

    /** Records overwritten before they were drained, since the last clear. */
    long dropped() {
        return dropped;
    }

    void clear() {
        written = drained = dropped = 0;
    }
}
