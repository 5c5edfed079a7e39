package org.mkplay.toolchain.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A method in IR form: blocks in layout order (the first is the entry) over typed virtual registers.
 * Not SSA: a register may be assigned in several places (a Java local keeps one register per type), which
 * keeps the builder and the passes simple; passes that need reaching values use data-flow over blocks.
 */
public final class IrMethod {
    public final String name;
    public final List<Block> blocks = new ArrayList<>();
    /** The positions inside inlined bodies that instructions' lines name ({@link InlinedLine#BASE} + index). */
    public final List<InlinedLine> inlined = new ArrayList<>();

    private final List<VType> types = new ArrayList<>();
    private int nextBlock;

    public IrMethod(String name) {
        this.name = name;
    }

    public int newVreg(VType t) {
        types.add(t);
        return types.size() - 1;
    }

    public VType type(int vreg) {
        return types.get(vreg);
    }

    public int vregCount() {
        return types.size();
    }

    public Block newBlock() {
        Block b = new Block(nextBlock++);
        blocks.add(b);
        return b;
    }

    /** The line in this method's own source of an instruction's position (for an inlined one, the call's). */
    public int sourceLine(int position) {
        return InlinedLine.isInlined(position)
                ? inlined.get(position - InlinedLine.BASE).callerLine()
                : position;
    }

    /** The inlined body's position that {@code position} names, or null for one of this method's own lines. */
    public InlinedLine inlinedAt(int position) {
        return InlinedLine.isInlined(position) ? inlined.get(position - InlinedLine.BASE) : null;
    }

    /** How many instructions assign each virtual register (absent: none). */
    public Map<Integer, Integer> definitionCounts() {
        Map<Integer, Integer> defs = new HashMap<>();
        for (Block b : blocks) for (Insn i : b.insns) if (i.dst >= 0) defs.merge(i.dst, 1, Integer::sum);
        return defs;
    }

    /** How many sources, over all instructions, read each virtual register (absent: none; constants not counted). */
    public Map<Integer, Integer> useCounts() {
        Map<Integer, Integer> uses = new HashMap<>();
        for (Block b : blocks)
            for (Insn i : b.insns) for (int s : i.src) if (s != Insn.CONSTANT) uses.merge(s, 1, Integer::sum);
        return uses;
    }

    /** Number of instructions of operation op (for tests). */
    public long count(Op op) {
        return blocks.stream()
                .flatMap(b -> b.insns.stream())
                .filter(i -> i.op == op)
                .count();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(name).append('\n');
        for (Block block : blocks) {
            b.append("B").append(block.id).append(":");
            for (Handler h : block.handlers)
                b.append(" catch ")
                        .append(h.type() == null ? "any" : h.type())
                        .append(" -> ")
                        .append(h.target());
            b.append('\n');
            for (Insn i : block.insns) b.append("  ").append(i.print(this)).append('\n');
        }
        return b.toString();
    }
}
