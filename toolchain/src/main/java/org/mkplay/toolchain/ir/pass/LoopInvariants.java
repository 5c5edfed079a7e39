package org.mkplay.toolchain.ir.pass;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cfg;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Liveness;
import org.mkplay.toolchain.ir.Op;
import org.mkplay.toolchain.ir.VType;

/**
 * Loop-invariant code motion, innermost loops first: a value computed in a loop from operands the loop
 * never assigns (array lengths, static field addresses, address and index arithmetic) moves to a block
 * entered just before the loop. Only values that cannot fault move, so running them when the loop body
 * would not run changes nothing: a length load is moved as length-or-zero. The value's register must be
 * assigned once in the loop and not be live into the loop's header.
 */
public final class LoopInvariants {
    private LoopInvariants() {}

    public static boolean run(IrMethod m) {
        Set<Block> done = new HashSet<>();
        boolean changed = false;
        while (true) {
            Cfg.Loop loop = Cfg.loops(m).stream()
                    .filter(l -> !done.contains(l.header()))
                    .min(Comparator.comparingInt(l -> l.body().size()))
                    .orElse(null);
            if (loop == null) return changed;
            done.add(loop.header());
            changed |= hoist(m, merged(m, loop));
        }
    }

    /** The loop with the bodies of every back edge to its header. */
    private static Cfg.Loop merged(IrMethod m, Cfg.Loop loop) {
        Set<Block> body = new HashSet<>();
        for (Cfg.Loop l : Cfg.loops(m)) if (l.header() == loop.header()) body.addAll(l.body());
        return new Cfg.Loop(loop.header(), body);
    }

    private static boolean hoist(IrMethod m, Cfg.Loop loop) {
        if (loop.header().isHandler) return false; // a preheader cannot be put on an exception's edge
        Map<Integer, Integer> defs = new HashMap<>();
        for (Block b : loop.body()) for (Insn i : b.insns) if (i.dst >= 0) defs.merge(i.dst, 1, Integer::sum);
        BitSet liveIn = new Liveness(m).in(loop.header());
        List<Insn> moved = new ArrayList<>();
        boolean found = true;
        while (found) {
            found = false;
            for (Block b : m.blocks) {
                if (!loop.body().contains(b)) continue;
                for (int k = 0; k < b.insns.size(); k++) {
                    Insn i = b.insns.get(k);
                    if (!movable(i, defs, liveIn)) continue;
                    b.insns.remove(k--);
                    if (i.op == Op.ALEN) i.op = Op.ALEN0;
                    moved.add(i);
                    defs.remove(i.dst);
                    found = true;
                }
            }
        }
        moved.addAll(constantRegisters(m, loop));
        if (moved.isEmpty()) return false;
        Block pre = preheader(m, loop);
        pre.insns.addAll(pre.insns.size() - 1, moved);
        return true;
    }

    /**
     * Constant operands in the loop that would be loaded into a register at each use (no immediate form
     * takes them) read a register loaded once before the loop instead; one register per distinct constant.
     */
    private static List<Insn> constantRegisters(IrMethod m, Cfg.Loop loop) {
        Map<Long, Integer> registers = new HashMap<>();
        List<Insn> loads = new ArrayList<>();
        for (Block b : m.blocks) { // in layout order: the body is a hash set, whose order varies between runs
            if (!loop.body().contains(b)) continue;
            for (Insn i : b.insns) {
                for (int k = 0; k < i.src.length; k++) {
                    if (!i.isConstant(k) || !needsRegister(i, k)) continue;
                    long c = i.constants[k];
                    Integer r = registers.get(c);
                    if (r == null) {
                        r = m.newVreg(VType.LONG);
                        registers.put(c, r);
                        Insn load = new Insn(Op.CONST, r, i.line);
                        load.imm = c;
                        loads.add(load);
                    }
                    i.src[k] = r;
                }
            }
        }
        return loads;
    }

    /** True if the code generator would load constant operand k of i into a register. */
    static boolean needsRegister(Insn i, int k) {
        long c = i.constants[k];
        if (c == 0 || i.op == Op.CSR || i.op.isCall() || i.op == Op.SWITCH || i.op == Op.RETURN || i.op == Op.MOV)
            return false;
        boolean immediateForm = i.op == Op.ADD
                || i.op == Op.SUB
                || i.op == Op.AND
                || i.op == Op.OR
                || i.op == Op.XOR
                || i.op == Op.SHL
                || i.op == Op.SHR
                || i.op == Op.USHR;
        boolean fits = i.op == Op.SUB ? -c >= -2048 && -c < 2048 : c >= -2048 && c < 2048;
        return !(k == 1 && immediateForm && (fits || i.op == Op.SHL || i.op == Op.SHR || i.op == Op.USHR));
    }

    private static boolean movable(Insn i, Map<Integer, Integer> defs, BitSet liveIn) {
        // A constant left in a loop is an inner loop's preheader (its loads, made before the inner loop
        // runs): it moves on out like any invariant value, and ConstantSharing then merges duplicates.
        boolean pure = i.op.kind == Op.Kind.VALUE && i.op != Op.MOV && i.op != Op.PARAM;
        if (!pure || defs.getOrDefault(i.dst, 0) != 1 || liveIn.get(i.dst)) return false;
        for (int s : i.src) if (s >= 0 && defs.containsKey(s)) return false;
        return true;
    }

    /** A new block on the edges that enter the loop from outside, placed just before the header. */
    private static Block preheader(IrMethod m, Cfg.Loop loop) {
        Block h = loop.header();
        Block pre = m.newBlock();
        m.blocks.remove(pre);
        Insn jump = new Insn(Op.GOTO, -1, h.insns.get(0).line);
        jump.targets = new Block[] {h};
        pre.insns.add(jump);
        for (Block b : m.blocks) {
            if (loop.body().contains(b)) continue;
            Block[] t = b.last().targets;
            for (int k = 0; k < t.length; k++) if (t[k] == h) t[k] = pre;
        }
        m.blocks.add(m.blocks.indexOf(h), pre);
        return pre;
    }
}
