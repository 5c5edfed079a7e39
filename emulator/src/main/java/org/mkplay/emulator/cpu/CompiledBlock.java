package org.mkplay.emulator.cpu;

/**
 * Host code for a {@link Block}, made by a {@link BlockTranslator}: the hart calls {@link #run} instead of
 * dispatching the block's ops one by one. Compiled code never traps and never changes anything but the registers
 * and RAM through the hart's fast caches; at an op it does not compile, or whose fast path does not apply (a cache
 * miss, a misaligned address, a store into a page that holds decoded code), it stops before the op and hands the
 * rest of the block to the interpreter, which redoes that op and traps, or ends the slice, exactly as it would have.
 *
 * <p>The code may go on from its block into the block's linked successors (see {@link Block#taken}), on the same
 * page, as long as a whole run of the next block fits in the budget it was given, and loop there: the result says
 * how many instructions those complete runs retired, and in which block the code left.
 */
public abstract class CompiledBlock {
    /** Leaves the last block at its final branch or {@code jal} taken, or through its end (exits of the result). */
    public static final int FALL = 0, TAKEN = 1;
    /** The ops of the last block from {@link #op} on are the interpreter's: the code stopped before that op. */
    public static final int RESUME = 4;

    /** Where the fields of a result start: the op index, the last block's place, the instructions retired before it. */
    public static final int OP_SHIFT = 3, PLACE_SHIFT = 11, RETIRED_SHIFT = 23;

    /**
     * Runs the code entered at {@code pc} on {@code hart}'s registers and RAM, retiring at most {@code room}
     * instructions (at least the entry block's count). {@code generation} is the MMU's fast-cache generation.
     * Returns {@code retired << RETIRED_SHIFT | place << PLACE_SHIFT | k << OP_SHIFT | exit}: the code left the
     * block that starts {@code place} halfwords (12 bits, two's complement) from the entry block's start (the entry
     * block itself, or one linked from it) after
     * {@code retired} instructions of complete block runs before it, with {@link #FALL} or {@link #TAKEN} (k = 0)
     * when it ran that block whole, else with {@link #RESUME} to continue at op k of it.
     */
    public abstract long run(Hart hart, long pc, long room, long generation);

    /** The exit kind of a {@link #run} result. */
    public static int exit(long result) {
        return (int) result & 7;
    }

    /** The op index of a {@link #RESUME} result. */
    public static int op(long result) {
        return (int) (result >>> OP_SHIFT) & 0xFF;
    }

    /** Where the block a result left starts, in bytes from the entry block's start. */
    public static int distance(long result) {
        return (int) (result << (64 - RETIRED_SHIFT) >> (64 - RETIRED_SHIFT + PLACE_SHIFT)) << 1;
    }

    /** The result field for a block that starts {@code distance} bytes from the entry block. */
    public static int place(int distance) {
        return ((distance >> 1) & 0xFFF) << PLACE_SHIFT;
    }

    /** The instructions retired in complete block runs before the block a result left. */
    public static long retired(long result) {
        return result >>> RETIRED_SHIFT;
    }
}
