package org.mkplay.emulator.cpu;

/**
 * Host code for the first ops of a {@link Block}, made by a {@link BlockTranslator}: the hart calls {@link #run}
 * instead of dispatching those ops one by one. It never traps and touches nothing but the registers.
 */
public abstract class CompiledBlock {
    /** Leaves the block at its final branch or {@code jal} taken, or through its end ({@code run}'s results). */
    public static final int FALL = 0, TAKEN = 1;
    /** The ops from {@code result >>> 3} on are the interpreter's: the translator did not compile them. */
    public static final int RESUME = 4;

    /**
     * Runs the compiled ops on {@code x} (the hart's registers) for the block entered at {@code pc}. Returns
     * {@link #FALL} or {@link #TAKEN} when it ran the whole block, else {@code k << 3 | RESUME} to continue at op k.
     */
    public abstract int run(long[] x, long pc);
}
