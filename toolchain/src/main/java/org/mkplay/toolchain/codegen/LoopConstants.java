package org.mkplay.toolchain.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Constants that instructions inside loops need in a register (a compare operand, a multiplier, a stored
 * value, anything beyond a 12-bit immediate): each is a candidate for a register loaded once before the
 * loops that use it, instead of an {@code li} (one or two instructions) every trip. Which instruction pushed
 * an operand comes from ASM's source analysis. The prediction only decides what is worth a register; code
 * generation uses the register wherever the constant is read inside the range.
 */
final class LoopConstants {
    /** A constant wanted in a register over instructions [start, end]; loaded at start (0: in the prologue). */
    record Candidate(long value, int start, int end, long weight) {}

    private LoopConstants() {}

    static List<Candidate> candidates(String owner, MethodNode m, FlowGraph g) {
        if (g.loops.isEmpty()) return List.of();
        Frame<SourceValue>[] sources;
        try {
            sources = new Analyzer<>(new SourceInterpreter()).analyze(owner, m);
        } catch (AnalyzerException e) {
            return List.of(); // MethodCompiler reports the bytecode problem
        }
        Map<Long, long[]> uses = new TreeMap<>(); // value -> {first loop start, last loop end, weight}
        for (int i = 0; i < g.size(); i++) {
            if (g.loopDepth(i) == 0 || sources[i] == null) continue;
            for (long c : registerOperands(g.insns[i], sources[i])) {
                long[] u = uses.computeIfAbsent(c, k -> new long[] {Integer.MAX_VALUE, -1, 0});
                int[] loop = outermostLoop(g, i);
                u[0] = Math.min(u[0], loop[0]);
                u[1] = Math.max(u[1], loop[1]);
                u[2] += LocalAllocator.accessWeight(g, i) * liLength(c);
            }
        }
        List<Candidate> result = new ArrayList<>();
        uses.forEach((c, u) -> {
            int start = g.enteredOnlyAtTop((int) u[0], (int) u[1]) ? (int) u[0] : 0;
            result.add(new Candidate(c, start, (int) u[1], u[2]));
        });
        return result;
    }

    /** The widest loop (backward-jump range) containing instruction i. */
    private static int[] outermostLoop(FlowGraph g, int i) {
        int[] best = null;
        for (int[] loop : g.loops) {
            if (loop[0] <= i && i <= loop[1] && (best == null || loop[1] - loop[0] > best[1] - best[0])) best = loop;
        }
        return best;
    }

    /** Constant operands of insn that code generation materialises in a register (see Ops and Calls). */
    private static List<Long> registerOperands(AbstractInsnNode insn, Frame<SourceValue> f) {
        int op = insn.getOpcode();
        List<Long> found = new ArrayList<>();
        if ((op >= IF_ICMPEQ && op <= IF_ACMPNE) || op == LCMP || op == IMUL || op == LMUL || (op >= IDIV && op <= LREM)) {
            addIfConstant(found, f, 2, 0, false);
            addIfConstant(found, f, 2, 1, false);
        } else if (op >= IADD && op <= LXOR) {
            addIfConstant(found, f, 2, 0, false); // a constant left operand has no immediate form
            if (op < ISHL || op > LUSHR) addIfConstant(found, f, 2, 1, true);
        } else if (op >= IALOAD && op <= SALOAD) {
            addIfConstant(found, f, 2, 1, false);
        } else if (op >= IASTORE && op <= SASTORE) {
            addIfConstant(found, f, 3, 1, false);
            addIfConstant(found, f, 3, 2, false);
        } else if (op == PUTFIELD || op == PUTSTATIC) {
            addIfConstant(found, f, 1, 0, false);
        }
        return found;
    }

    /**
     * Adds operand {@code pos} of the top {@code n} stack entries if a constant instruction pushed it. Zero is
     * never wanted (register x0); with {@code immediateFits}, neither is a 12-bit value (an immediate operand).
     */
    private static void addIfConstant(List<Long> found, Frame<SourceValue> f, int n, int pos, boolean immediateFits) {
        SourceValue v = f.getStack(f.getStackSize() - n + pos);
        if (v.insns.size() != 1) return;
        Long c = constant(v.insns.iterator().next());
        if (c == null || c == 0 || (immediateFits && c >= -2048 && c < 2048)) return;
        found.add(c);
    }

    static Long constant(AbstractInsnNode insn) {
        int op = insn.getOpcode();
        if (op >= ICONST_M1 && op <= ICONST_5) return (long) (op - ICONST_0);
        if (op == LCONST_0 || op == LCONST_1) return (long) (op - LCONST_0);
        if (op == BIPUSH || op == SIPUSH) return (long) ((IntInsnNode) insn).operand;
        if (op == LDC && ((LdcInsnNode) insn).cst instanceof Integer i) return (long) i;
        if (op == LDC && ((LdcInsnNode) insn).cst instanceof Long l) return l;
        return null;
    }

    /** Instructions {@code li} needs for c (see Assembler#li). */
    private static int liLength(long c) {
        if (c >= -2048 && c < 2048) return 1;
        return c == (int) c ? 2 : 4;
    }
}
