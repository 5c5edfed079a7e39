package org.mkplay.toolchain.codegen;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mkplay.toolchain.ir.Block;
import org.mkplay.toolchain.ir.Cfg;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.Op;
import org.mkplay.toolchain.ir.Ref;
import org.mkplay.toolchain.ir.VType;
import org.mkplay.toolchain.layout.LinkLabels;
import org.mkplay.toolchain.layout.Symbols;

/**
 * Several statics of one method reached from one base register. The linker lays the statics out before any code
 * (Symbols#staticOffset: 8 bytes each from the label {@code statics}), so a method that reads or writes at least
 * {@link #MIN_STATICS} different ones computes that label's address once at its entry ({@code auipc} +
 * {@code addi}) and reaches each static at its offset from it: one instruction an access, where each static
 * costs an {@code auipc} of its own otherwise (the kernel's {@code Sched.activate} reads and writes six: the
 * instruction account, two counters, the last thread run, the trace flag, the active {@code satp}).
 *
 * <p>Only when the base cannot cost more than it saves: every read of each address is the base of a load or
 * store whose offset stays within an immediate's reach, and every call of the method is conditional and outside
 * loops, at most as many as LinearScan keeps a caller-saved register stored around, so the base never takes an
 * {@code s} register (which would cost a save and a restore on every run and a frame where there was none).
 */
public final class StaticBase {
    static final int MIN_STATICS = 3;

    private StaticBase() {}

    /** Rewrites m's static accesses onto one base if it pays; returns whether it did. */
    public static boolean run(IrMethod m, Symbols sym) {
        if (m.blocks.isEmpty()) return false;
        Map<Integer, Integer> defs = new HashMap<>(), offsets = new HashMap<>();
        Map<Integer, Object> fields = new HashMap<>();
        for (Block b : m.blocks) {
            for (Insn i : b.insns) {
                if (i.dst < 0) continue;
                defs.merge(i.dst, 1, Integer::sum);
                if (i.op != Op.STATIC_ADDR) continue;
                int offset = sym.staticOffset(i.staticField().field());
                if (offset >= 0) {
                    offsets.put(i.dst, offset);
                    fields.put(
                            i.dst,
                            i.staticField().field().owner().name + "."
                                    + i.staticField().field().field().name);
                }
            }
        }
        offsets.keySet().removeIf(v -> defs.get(v) != 1);
        for (Block b : m.blocks) {
            for (Insn i : b.insns) {
                for (int k = 0; k < i.src.length; k++) {
                    int v = i.src[k];
                    if (i.isConstant(k) || !offsets.containsKey(v)) continue;
                    boolean base = k == 0 && (i.op == Op.LOAD || i.op == Op.STORE);
                    long at = offsets.get(v) + i.imm;
                    if (!base || at < -2048 || at > 2047) offsets.remove(v);
                }
            }
        }
        Set<Object> distinct = new HashSet<>();
        for (int v : offsets.keySet()) distinct.add(fields.get(v));
        if (distinct.size() < MIN_STATICS || !callsStayCold(m)) return false; // (the cheaper test first)
        rewrite(m, offsets);
        return true;
    }

    private static void rewrite(IrMethod m, Map<Integer, Integer> offsets) {
        int base = m.newVreg(VType.ADDR);
        Block entry = m.blocks.get(0);
        int at = 0;
        while (at < entry.insns.size() && entry.insns.get(at).op == Op.PARAM) at++;
        Insn la = new Insn(Op.LINK_ADDRESS, base, 0);
        la.ref = new Ref.LinkLabel(LinkLabels.STATICS);
        entry.insns.add(at, la);
        for (Block b : m.blocks) {
            b.insns.removeIf(i -> i.op == Op.STATIC_ADDR && offsets.containsKey(i.dst));
            for (Insn i : b.insns) {
                if ((i.op == Op.LOAD || i.op == Op.STORE) && !i.isConstant(0) && offsets.containsKey(i.src[0])) {
                    i.imm += offsets.get(i.src[0]);
                    i.src[0] = base;
                }
            }
        }
    }

    /** Every call conditional, outside loops, and no more than a caller-saved register is stored around. */
    private static boolean callsStayCold(IrMethod m) {
        Set<Block> conditional = LinearScan.conditionalBlocks(m);
        Set<Block> inLoops = new HashSet<>();
        for (Cfg.Loop loop : Cfg.loops(m)) inLoops.addAll(loop.body());
        int calls = 0;
        for (Block b : m.blocks) {
            for (Insn i : b.insns) {
                if (!i.op.isCall() && i.op != Op.THROW) continue;
                if (!conditional.contains(b) || inLoops.contains(b)) return false;
                calls++;
            }
        }
        return calls <= LinearScan.MAX_SAVED_CALLS && m.blocks.stream().allMatch(b -> b.handlers.isEmpty());
    }
}
