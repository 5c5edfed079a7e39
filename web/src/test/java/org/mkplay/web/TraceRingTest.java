package org.mkplay.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mkplay.vmmagic.trace.TraceRecord;

/** The bounded ring between the trace window and the worker. */
class TraceRingTest {
    @Test
    void drainsDecodedRecordsOldestFirstAndEmpties() {
        TraceRing ring = new TraceRing();
        long info = 7L << 32 | 64 << 16 | 2;
        ring.event(TraceRecord.SEND, 100, 1 | 0L << 32, 3, info);
        ring.event(TraceRecord.FAULT | 3 << 8, 200, 2 | TraceRecord.NONE << 32, 0x4000_0010L, 0);
        assertArrayEquals(
                new double[] {
                    TraceRecord.SEND,
                    0,
                    100,
                    1,
                    0,
                    3,
                    7,
                    64 << 16 | 2,
                    TraceRecord.FAULT,
                    3,
                    200,
                    2,
                    TraceRecord.NONE,
                    0x4000_0010L,
                    0,
                    0
                },
                ring.drain());
        assertEquals(0, ring.drain().length);
    }

    @Test
    void aRingTheWorkerDoesNotDrainInTimeKeepsTheNewestAndCountsTheDropped() {
        TraceRing ring = new TraceRing();
        int extra = 10;
        for (int i = 0; i < TraceRing.CAPACITY + extra; i++) ring.event(TraceRecord.SWITCH, i, 0, 0, 0);
        double[] out = ring.drain();
        assertEquals(TraceRing.CAPACITY * TraceRing.FIELDS, out.length);
        assertEquals(extra, out[2], "the oldest kept is the first not overwritten");
        assertEquals(TraceRing.CAPACITY + extra - 1, out[out.length - TraceRing.FIELDS + 2]);
        assertEquals(extra, ring.dropped());
        ring.clear();
        assertEquals(0, ring.dropped());
    }
}
