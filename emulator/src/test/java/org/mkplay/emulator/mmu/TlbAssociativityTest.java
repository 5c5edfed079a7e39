package org.mkplay.emulator.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The TLB's placement: two ways per set, the less recently used one replaced, round addresses spread out. */
class TlbAssociativityTest {
    private final Tlb tlb = new Tlb();

    private void insert(long page, int asid) {
        tlb.insert(page, asid, false, 0xCF, page << 12, 0);
    }

    private boolean cached(long page, int asid) {
        return tlb.find(page, asid) >= 0;
    }

    @Test
    void aUserProgramsFirstPageAndTheKernelsStayCachedTogether() {
        // The pages every trap of a user program touches: its code at 0x4000_0000, the kernel's at 0x8000_0000,
        // the kernel's stack region at 0x8700_0000; a direct-mapped table indexed by the low bits lost two of them.
        long[] pages = {0x40000, 0x80000, 0x87000, 0x40001, 0x80003, 0x7FFEF, 0x7FFF0};
        for (int round = 0; round < 3; round++) {
            for (long page : pages) {
                if (!cached(page, 3)) insert(page, 3);
            }
        }
        for (long page : pages) assertTrue(cached(page, 3), Long.toHexString(page));
    }

    @Test
    void twoPagesOfOneSetBothStayAndAThirdReplacesTheLessRecentlyUsed() {
        // ASIDs 256 apart step the set by 167 * 256, a multiple of the 256 sets: the same page lands in one set.
        long page = 0x12345;
        insert(page, 1);
        insert(page, 257);
        assertTrue(cached(page, 1));
        assertTrue(cached(page, 257)); // way of ASID 257 used last
        insert(page, 513);
        assertTrue(cached(page, 513));
        assertTrue(cached(page, 257), "the more recently used way stays");
        assertEquals(-1, tlb.find(page, 1), "the less recently used way was replaced");
    }

    @Test
    void reinsertingAPageReusesItsOwnWay() {
        long page = 0x2000;
        insert(page, 1);
        insert(page, 257);
        insert(page, 1); // a walk again after an A/D update: the same way, nothing evicted
        assertTrue(cached(page, 1));
        assertTrue(cached(page, 257));
    }
}
