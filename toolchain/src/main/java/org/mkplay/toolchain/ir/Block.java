package org.mkplay.toolchain.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: instructions run in order, the last one (an END operation) chooses the successor.
 * {@code handlers} are the exception handlers covering every instruction of the block, innermost first (the
 * order of the class file's exception table, which is the order they are tried in). An exception raised
 * anywhere in the block may go to one of them, so they count as successors: a value a handler reads is live
 * throughout the block. A handler block ({@code isHandler}) is entered only that way and starts with CATCH.
 */
public final class Block {
    public final int id;
    public final List<Insn> insns = new ArrayList<>();
    public List<Handler> handlers = List.of();
    public boolean isHandler;

    Block(int id) {
        this.id = id;
    }

    public Insn last() {
        return insns.get(insns.size() - 1);
    }

    /** The blocks control may go to next: the last instruction's targets, then the handlers. */
    public List<Block> successors() {
        List<Block> normal = insns.isEmpty() ? List.of() : List.of(last().targets);
        if (handlers.isEmpty()) return normal;
        List<Block> all = new ArrayList<>(normal);
        for (Handler h : handlers) if (!all.contains(h.target())) all.add(h.target());
        return all;
    }

    @Override
    public String toString() {
        return "B" + id;
    }
}
