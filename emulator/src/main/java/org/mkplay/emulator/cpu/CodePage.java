package org.mkplay.emulator.cpu;

import java.util.Arrays;

/**
 * Decoded instructions of one 4 KiB page of RAM, one slot per halfword (an instruction starts at
 * any even address). Slots start {@link Op#UNDECODED} and are decoded on first execution; a store
 * into the page resets the slots it overlaps, so self-modifying code needs no {@code fence.i}
 * to be seen (the spec allows this stronger behaviour).
 *
 * <p>The page's {@link #SLOTS} slots sit in the middle of an array three times as long, between runs
 * of {@link Op#PAGE_END}: a conditional branch reaches at most 4 KiB either way, so any branch target
 * and any fall-through off the page's end is an index of the array, and leaving the page costs no
 * test of its own (the hart's one test per instruction for slot states catches PAGE_END).
 */
final class CodePage {
    static final int SLOTS = 2048;
    static final int BYTES = 4096;
    /** Array index of the page's first slot. */
    static final int FIRST = SLOTS;
    /** Array length: the page's slots with a PAGE_END run of the same size before and after. */
    static final int LENGTH = 3 * SLOTS;
    /** A PAGE_END index where the hart puts a jump (and a slice start): it then looks the target up. */
    static final int ENTRY = 0;

    /** No page yet: the first instruction fetch looks the page up. */
    static final long[] NO_PAGE = {Op.PAGE_END};

    final long ramOffset;
    /** Decoded instructions as {@code (long) immediate << 32 | word} (see {@link Decoder}), from index FIRST. */
    final long[] slots = new long[LENGTH];

    /** Blocks by start slot (see {@link Block}), allocated at the page's first block; null entries are not built yet. */
    Block[] blocks;
    /** One bit per slot that some block of {@link #blocks} decoded: a write there drops the page's blocks. */
    private final long[] covered = new long[SLOTS / 64];

    CodePage(long ramOffset) {
        this.ramOffset = ramOffset;
        Arrays.fill(slots, 0, FIRST, Op.PAGE_END);
        Arrays.fill(slots, FIRST + SLOTS, LENGTH, Op.PAGE_END);
    }

    /**
     * Forgets the decoded instructions overlapping bytes [from, to) of this page (offsets within the page). Returns
     * true if that dropped the page's blocks: a block decoded some of these bytes, so a running block may be stale.
     */
    boolean invalidate(int from, int to) {
        int first =
                Math.max(0, (from >>> 1) - 1); // the previous slot may hold a 32-bit instruction reaching into 'from'
        int last = Math.min(SLOTS - 1, (to - 1) >>> 1);
        Arrays.fill(slots, FIRST + first, FIRST + last + 1, Op.UNDECODED);
        for (int slot = from >>> 1; slot <= last; slot++) {
            if ((covered[slot >>> 6] & (1L << slot)) != 0) {
                blocks = null;
                Arrays.fill(covered, 0);
                return true;
            }
        }
        return false;
    }

    /** Records that a block decoded the halfwords [from, to) of slots (both halves of a 32-bit instruction). */
    void cover(int from, int to) {
        for (int slot = from; slot < to; slot++) {
            covered[slot >>> 6] |= 1L << slot;
        }
    }
}
