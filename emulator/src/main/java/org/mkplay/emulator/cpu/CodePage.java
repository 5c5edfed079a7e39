package org.mkplay.emulator.cpu;

/**
 * Decoded instructions of one 4 KiB page of RAM, one slot per halfword (an instruction starts at
 * any even address). Slots start {@link Op#UNDECODED} and are decoded on first execution; a store
 * into the page resets the slots it overlaps, so self-modifying code needs no {@code fence.i}
 * to be seen (the spec allows this stronger behaviour).
 */
final class CodePage {
    static final int SLOTS = 2048;

    final long ramOffset;
    /** Decoded instructions as {@code (long) immediate << 32 | word} (see {@link Decoder}). */
    final long[] slots = new long[SLOTS];

    CodePage(long ramOffset) {
        this.ramOffset = ramOffset;
    }

    /** Forgets the decoded instructions overlapping bytes [from, to) of this page (offsets within the page). */
    void invalidate(int from, int to) {
        int first = Math.max(0, (from >>> 1) - 1); // the previous slot may hold a 32-bit instruction reaching into 'from'
        int last = Math.min(SLOTS - 1, (to - 1) >>> 1);
        for (int slot = first; slot <= last; slot++) {
            slots[slot] = Op.UNDECODED;
        }
    }
}
