package org.mkplay.toolchain.codegen;

import static org.mkplay.toolchain.asm.Reg.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Register assignment and stack frame of one method.
 *
 * <p><b>Calling convention</b> (standard RISC-V psABI integer subset): arguments in a0..a7 in order ("this"
 * first; a long or reference takes one register), further arguments in 8-byte slots at the caller's
 * 0(sp), 8(sp), ...; result in a0; ra holds the return address; s0..s11 and sp are callee-saved;
 * sp stays 16-byte aligned.
 *
 * <p><b>Register assignment</b>: the twelve s registers go to the method's variables (JVM local slots) by
 * {@link LocalAllocator}; slots it leaves without one live in frame slots. Operand-stack entries live in
 * t3..t6 and s registers no variable uses, then in frame slots: s registers first in a method that calls
 * (they survive calls, t registers are spilled around them), t registers first in one that does not (they
 * need no saving in the prologue). t0..t2 and a0..a3 are scratch within one bytecode; a4..a7 hold element
 * addresses within straight-line code (see {@link ElementFacts}) and, like a0..a3, arguments at calls.
 *
 * <p><b>Frame</b> (offsets from sp after the prologue): outgoing stack arguments, one spill slot per
 * operand-stack entry, frame homes of locals, saved s registers, saved ra; total rounded up to 16.
 */
final class FrameLayout {
    static final int[] S_REGS = {S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11};
    static final int[] T_HOMES = {T3, T4, T5, T6};

    final int[] localReg;      // register of local k, or -1
    final int[] localOffset;   // frame offset of local k when localReg[k] == -1
    final int[] shadowReg;     // register holding the length of the array in local k (see LengthShadows), or -1
    final List<ConstantRegister> constantRegs = new ArrayList<>(); // loaded where their range starts
    final int[] stackReg;      // register of stack entry k, or -1
    final int[] spillOffset;   // spill slot of stack entry k (also its home when stackReg[k] == -1)
    final int usedSRegs;       // s0..s(usedSRegs-1) have save slots (the prologue saves those written)
    final int saveOffset;      // first saved s register; ra follows the s registers
    final int raOffset;
    final int size;
    private final Liveness liveness;
    private final LocalAllocator.Variable[] variables;

    /**
     * Allocates registers to the method's variables: its local slots, the length shadows that LengthShadows
     * finds worth it and the loop constants of {@code constants}; they compete for the s registers.
     */
    FrameLayout(MethodNode m, FlowGraph graph, Frame<BasicValue>[] frames, List<LoopConstants.Candidate> constants) {
        int maxLocals = Math.max(m.maxLocals, 1), maxStack = m.maxStack + 2;
        liveness = new Liveness(graph);
        variables = LocalAllocator.slotVariables(graph, liveness, maxLocals);
        LocalAllocator.Variable[] all = withShadows(variables, LengthShadows.weights(m, graph, frames, maxLocals));
        int[] reg = LocalAllocator.allocate(withConstants(all, constants), S_REGS);
        localReg = Arrays.copyOf(reg, maxLocals);
        shadowReg = Arrays.copyOfRange(reg, maxLocals, 2 * maxLocals);
        for (int k = 0; k < constants.size(); k++) {
            if (reg[2 * maxLocals + k] >= 0) constantRegs.add(new ConstantRegister(constants.get(k), reg[2 * maxLocals + k]));
        }
        int[] stackPool = stackPool(m, reg);
        int cursor = 8 * Math.max(0, maxOutgoingArgs(m) - 8); // outgoing stack arguments
        spillOffset = new int[maxStack];
        stackReg = new int[maxStack];
        for (int k = 0; k < maxStack; k++) {
            spillOffset[k] = cursor;
            cursor += 8;
            stackReg[k] = k < stackPool.length ? stackPool[k] : -1;
        }
        localOffset = new int[maxLocals];
        for (int k = 0; k < maxLocals; k++) {
            localOffset[k] = cursor;
            if (localReg[k] < 0 && variables[k].used()) cursor += 8;
        }
        saveOffset = cursor;
        usedSRegs = S_REGS.length;
        raOffset = saveOffset + 8 * usedSRegs;
        size = (raOffset + 8 + 15) & -16;
    }

    /** The slots' variables followed by one per slot for its length shadow (unused where the weight is 0). */
    private static LocalAllocator.Variable[] withShadows(LocalAllocator.Variable[] slots, long[] shadowWeight) {
        LocalAllocator.Variable[] all = Arrays.copyOf(slots, 2 * slots.length);
        for (int k = 0; k < slots.length; k++) {
            boolean wanted = shadowWeight[k] > 0 && slots[k].used();
            all[slots.length + k] = wanted ? new LocalAllocator.Variable(slots[k].start(), slots[k].end(), shadowWeight[k])
                : LocalAllocator.Variable.UNUSED;
        }
        return all;
    }

    private static LocalAllocator.Variable[] withConstants(LocalAllocator.Variable[] vars, List<LoopConstants.Candidate> constants) {
        LocalAllocator.Variable[] all = Arrays.copyOf(vars, vars.length + constants.size());
        for (int k = 0; k < constants.size(); k++) {
            LoopConstants.Candidate c = constants.get(k);
            all[vars.length + k] = new LocalAllocator.Variable(c.start(), c.end(), c.weight());
        }
        return all;
    }

    /** A constant held in a register over the instructions of its candidate's range (see LoopConstants). */
    record ConstantRegister(LoopConstants.Candidate candidate, int reg) {}

    /** Register holding constant {@code value} when reading it at instruction {@code index}, or -1. */
    int constantRegister(long value, int index) {
        for (ConstantRegister c : constantRegs) {
            LoopConstants.Candidate k = c.candidate();
            if (k.value() == value && k.start() < index && index <= k.end()) return c.reg();
        }
        return -1;
    }

    /** Homes for operand-stack entries in order: s registers no local uses and t3..t6 (see the class comment). */
    private static int[] stackPool(MethodNode m, int[] variableReg) {
        List<Integer> leftover = new ArrayList<>();
        for (int r : S_REGS) if (Arrays.stream(variableReg).noneMatch(x -> x == r)) leftover.add(r);
        List<Integer> pool = new ArrayList<>();
        if (calls(m)) pool.addAll(leftover);
        for (int r : T_HOMES) pool.add(r);
        if (!calls(m)) pool.addAll(leftover);
        return pool.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True if the method has an instruction compiled as a call (an invocation, allocation or type test). */
    private static boolean calls(MethodNode m) {
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            int op = i.getOpcode();
            if (i instanceof MethodInsnNode || i instanceof InvokeDynamicInsnNode) return true;
            if (op == Opcodes.NEW || op == Opcodes.NEWARRAY || op == Opcodes.ANEWARRAY || op == Opcodes.MULTIANEWARRAY) return true;
            if (op == Opcodes.CHECKCAST || op == Opcodes.INSTANCEOF || op == Opcodes.AASTORE) return true;
        }
        return false;
    }

    /** True if local slot k holds a value at method entry (a parameter the method reads). */
    boolean liveAtEntry(int k) {
        return liveness.liveBefore(0, k);
    }

    /** True if locals a and b are held in the same register. */
    boolean shareRegister(int a, int b) {
        return a == b || (localReg[a] >= 0 && localReg[a] == localReg[b]);
    }

    /** True if storing local {@code written} (its register or length shadow) changes a register reading local a uses. */
    boolean clobbers(int written, int a) {
        if (shareRegister(written, a)) return true;
        int[] w = {localReg[written], shadowReg[written]}, r = {localReg[a], shadowReg[a]};
        for (int x : w) for (int y : r) if (x >= 0 && x == y) return true;
        return false;
    }

    boolean fitsImmediates() {
        return size < 2000;
    }

    private static int maxOutgoingArgs(MethodNode m) {
        int max = 8;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof MethodInsnNode mi) max = Math.max(max, Type.getArgumentTypes(mi.desc).length + 1);
            if (i instanceof InvokeDynamicInsnNode) max = Math.max(max, 8);
        }
        return max;
    }
}
