package org.mkplay.toolchain.codegen;

import static org.mkplay.toolchain.asm.Reg.*;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Register assignment and stack frame of one method.
 *
 * <p><b>Calling convention</b> (standard RISC-V psABI integer subset): arguments in a0..a7 in order ("this"
 * first; a long or reference takes one register), further arguments in 8-byte slots at the caller's
 * 0(sp), 8(sp), ...; result in a0; ra holds the return address; s0..s11 and sp are callee-saved;
 * sp stays 16-byte aligned.
 *
 * <p><b>Register assignment</b>: JVM local k lives in s(k) for the first locals (up to 10, or 12 when the
 * method needs no operand stack), the rest in frame slots. Operand-stack entry k lives in a leftover s
 * register, then t3..t6, then a frame slot. t0..t2 and a0..a7 are scratch within one bytecode. Entries
 * held in t registers are spilled around calls (they are caller-saved); s registers survive calls.
 *
 * <p><b>Frame</b> (offsets from sp after the prologue): outgoing stack arguments, one spill slot per
 * operand-stack entry, frame homes of locals, saved s registers, saved ra; total rounded up to 16.
 */
final class FrameLayout {
    static final int[] S_REGS = {S0, S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11};
    static final int[] T_HOMES = {T3, T4, T5, T6};

    final int[] localReg;      // register of local k, or -1
    final int[] localOffset;   // frame offset of local k when localReg[k] == -1
    final int[] stackReg;      // register of stack entry k, or -1
    final int[] spillOffset;   // spill slot of stack entry k (also its home when stackReg[k] == -1)
    final int usedSRegs;       // s0..s(usedSRegs-1) are saved by the prologue
    final int saveOffset;      // first saved s register; ra follows the s registers
    final int raOffset;
    final int size;

    FrameLayout(MethodNode m) {
        int maxLocals = Math.max(m.maxLocals, 1), maxStack = m.maxStack + 2;
        int nLocalRegs = Math.min(maxLocals, m.maxStack == 0 ? 12 : 10);
        int nStackS = Math.min(maxStack, 12 - nLocalRegs);
        usedSRegs = nLocalRegs + nStackS;
        int outArgs = 8 * Math.max(0, maxOutgoingArgs(m) - 8);
        int cursor = outArgs;
        spillOffset = new int[maxStack];
        stackReg = new int[maxStack];
        for (int k = 0; k < maxStack; k++) {
            spillOffset[k] = cursor;
            cursor += 8;
            if (k < nStackS) stackReg[k] = S_REGS[nLocalRegs + k];
            else if (k - nStackS < T_HOMES.length) stackReg[k] = T_HOMES[k - nStackS];
            else stackReg[k] = -1;
        }
        localReg = LocalAllocator.allocate(m, maxLocals, java.util.Arrays.copyOf(S_REGS, nLocalRegs));
        localOffset = new int[maxLocals];
        for (int k = 0; k < maxLocals; k++) {
            localOffset[k] = cursor;
            if (localReg[k] < 0) cursor += 8;
        }
        saveOffset = cursor;
        raOffset = saveOffset + 8 * usedSRegs;
        size = (raOffset + 8 + 15) & -16;
    }

    /** True if locals a and b are held in the same register. */
    boolean shareRegister(int a, int b) {
        return a == b || (localReg[a] >= 0 && localReg[a] == localReg[b]);
    }

    boolean fitsImmediates() {
        return size < 2000;
    }

    boolean isTHome(int stackIndex) {
        int r = stackReg[stackIndex];
        return r >= T3 && r <= T6;
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
