package org.mkplay.emulator.cpu;

/**
 * A basic block of pre-decoded instructions: straight-line code from one start address to the first control
 * transfer, system or CSR instruction, the end of its 4 KiB page, or {@link #MAX_INSTRUCTIONS}. The hart's block
 * engine ({@code Hart.executeBlocks}) runs a block per dispatch: the budget is checked once per block, and the pc
 * and the retired count are materialised only where the block is left (its exit, a trap, a device access).
 *
 * <p>A block belongs to a physical page ({@link CodePage#blocks}) and is position-independent inside it: every
 * address is an offset from the block's start, which the engine adds to the virtual pc it entered the block at.
 * Blocks are chained to their successors on the same page ({@link #taken}, {@link #fall}), which the engine
 * follows without a look-up; a successor on another page is always looked up, so that instruction fetch
 * translates as often as the per-instruction loop does (the TLB counters are compared by tests).
 *
 * <p>Invariant: {@code ops} ends in a terminator (a branch, jump, CSR or system op) or in {@link Op#END}; an op
 * never traps after changing state, so a trap at op {@code k} leaves the hart at {@code offset[k]} with
 * {@code before[k]} instructions of the block retired. {@code offset} and {@code before} have one entry more than
 * the ops, for leaving the block after its last op.
 */
public final class Block {
    /** Longest block, in instructions: bounds the work when the budget's end falls inside a block. */
    static final int MAX_INSTRUCTIONS = 64;

    /** The ops, one per instruction or fused pair (see {@link Op#LI}), ending as the class comment says. */
    long[] ops;
    /** Byte offset from the block's start of the instruction of each op. */
    int[] offset;
    /** Instructions retired in the block before each op (a fused op counts its two instructions). */
    int[] before;
    /** Instructions in the block. */
    int count;
    /** Byte offset of the block's start in its page. */
    int pageOffset;
    /** Offset from the block's start of the taken target of its final branch or {@code jal}. */
    int takenOffset;
    /** Offset from the block's start of the instruction after it (also the link value of its final jump). */
    int fallOffset;
    /** Whether the block is in its page's cache (scratch blocks are not, and are never chained). */
    boolean cached;
    /** Whether the block may be chained to its taken target, or to the instruction after it: cached and in the page. */
    boolean linksTaken, linksFall;
    /**
     * Whether the block stores bytes and otherwise leaves memory alone, so that its byte stores go into the hart's
     * store log ({@code Hart.storeLog}) and stores logged before it may stay there while it runs. Set on cached
     * blocks of the engine without a translator; such a block links only to another such block.
     */
    boolean keepsLog;
    /** Chained successors on the same page (null until first followed, or when the target lies off the page). */
    Block taken, fall;
    /** Host code for the block's first ops (see {@link BlockTranslator}), or null. */
    CompiledBlock code;
    /** Times the block ran before it was translated (only counted while the hart has a translator). */
    int runs;

    Block(int capacity) {
        ops = new long[capacity];
        offset = new int[capacity + 1];
        before = new int[capacity + 1];
    }

    /** Whether the taken target lies on the block's own page (then it may be chained). */
    private boolean takenInPage() {
        int target = pageOffset + takenOffset;
        return target >= 0 && target < CodePage.BYTES;
    }

    /** Whether the instruction after the block lies on its own page. */
    private boolean fallInPage() {
        return pageOffset + fallOffset < CodePage.BYTES;
    }

    /** A cached copy of this (scratch) block, its arrays trimmed to {@code ops} ops. */
    Block copy(int opCount) {
        Block b = new Block(opCount);
        System.arraycopy(ops, 0, b.ops, 0, opCount);
        System.arraycopy(offset, 0, b.offset, 0, opCount + 1);
        System.arraycopy(before, 0, b.before, 0, opCount + 1);
        b.count = count;
        b.pageOffset = pageOffset;
        b.takenOffset = takenOffset;
        b.fallOffset = fallOffset;
        b.cached = true;
        b.keepsLog = keepsLog;
        b.linksTaken = b.takenInPage();
        b.linksFall = b.fallInPage();
        return b;
    }
}
