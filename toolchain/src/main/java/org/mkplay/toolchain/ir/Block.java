package org.mkplay.toolchain.ir;

import java.util.ArrayList;
import java.util.List;

/** A basic block: instructions run in order, the last one (an END operation) chooses the successor. */
public final class Block {
    public final int id;
    public final List<Insn> insns = new ArrayList<>();

    Block(int id) {
        this.id = id;
    }

    public Insn last() {
        return insns.get(insns.size() - 1);
    }

    public List<Block> successors() {
        return insns.isEmpty() ? List.of() : List.of(last().targets);
    }

    @Override
    public String toString() {
        return "B" + id;
    }
}
