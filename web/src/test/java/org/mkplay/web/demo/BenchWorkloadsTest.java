package org.mkplay.web.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mkplay.emulator.Transcript;
import org.mkplay.emulator.loader.ElfException;

/** Each workload runs to completion and prints the result a Java model of its loop computes. */
class BenchWorkloadsTest {
    private static final long BUDGET = 1_000_000_000;

    @Test
    void integerLoopPrintsItsFinalXorshiftState() throws ElfException {
        long state = IntegerLoopImage.SEED;
        for (int i = 0; i < IntegerLoopImage.ITERATIONS; i++) {
            state ^= state << IntegerLoopImage.SHIFT_A;
            state ^= state >>> IntegerLoopImage.SHIFT_B;
            state ^= state << IntegerLoopImage.SHIFT_C;
            state *= IntegerLoopImage.MULTIPLIER;
        }
        assertPrintsAndPowersOff(IntegerLoopImage.build(), state);
    }

    @Test
    void memorySumPrintsItsTotal() throws ElfException {
        long doublewords = MemorySumImage.BUFFER_BYTES / 8;
        long total = 0;
        for (long round = MemorySumImage.ROUNDS; round > 0; round--) {
            total += round * (doublewords * (doublewords + 1) / 2);
        }
        assertPrintsAndPowersOff(MemorySumImage.build(), total);
    }

    private static void assertPrintsAndPowersOff(byte[] image, long expected) throws ElfException {
        Transcript run = new GuestConsole(image).machine.runToEnd(BUDGET);
        assertTrue(run.halted(), "still running after " + run.instructions() + " instructions");
        assertEquals(0, run.exitStatus());
        assertEquals(String.format("%016x\n", expected), run.bytesAsText());
    }
}
