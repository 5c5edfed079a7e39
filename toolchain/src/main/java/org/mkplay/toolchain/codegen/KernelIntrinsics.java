package org.mkplay.toolchain.codegen;

import static org.mkplay.toolchain.asm.Reg.*;

import java.util.function.IntUnaryOperator;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Encoder;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.AddressInterpreter;
import org.mkplay.toolchain.front.KernelIntrinsic;
import org.mkplay.toolchain.link.TrapGlue;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Inline code for the org.mkplay.vmmagic intrinsics (kernel profile). An Address is the raw 64-bit value
 * of its operand-stack entry, so {@code fromLong}/{@code toLong} emit nothing, {@code plus} is an
 * {@code add}/{@code addi}, a load is one {@code l[bhwd]} with a constant offset folded into its immediate,
 * and comparisons are unsigned ({@code sltu}). The front end (VmmagicCheck) has accepted every call that
 * reaches here, including the constant CSR numbers.
 */
final class KernelIntrinsics {
    private static final int MSTATUS = 0x300, MEPC = 0x341;
    private static final long MSTATUS_MPP = 3L << 11, MPP_SUPERVISOR = 1L << 11;
    private static final int FENCE_IORW = 0b1111;

    private KernelIntrinsics() {}

    static void emit(MethodCompiler mc, MethodInsnNode mi) {
        KernelIntrinsic in = KernelIntrinsic.find(mi.owner, mi.name, mi.desc);
        if (in == null) throw new IllegalStateException("no kernel intrinsic " + mi.owner + "." + mi.name + mi.desc);
        int n = Type.getArgumentTypes(mi.desc).length + (mi.getOpcode() == Opcodes.INVOKESTATIC ? 0 : 1);
        int k = mc.depth - n;
        Assembler a = mc.a;
        switch (in.kind()) {
            case IDENTITY -> { } // the operand is the result
            case ZERO -> mc.push(Entry.constant(0));
            case PLUS, MINUS -> addOrSubtract(mc, k, in.kind() == KernelIntrinsic.Kind.MINUS);
            case IS_ZERO -> {
                int r = mc.reg(k, T0);
                result(mc, k, d -> Encoder.sltiu(d, r, 1));
            }
            case EQ, NE, LT, LE, GT, GE -> compare(mc, k, in.kind());
            case LOAD -> load(mc, k, in);
            case STORE -> store(mc, k, n, in);
            case CSR_READ, CSR_WRITE, CSR_SWAP, CSR_SET, CSR_CLEAR -> csr(mc, k, in.kind(), csrNumber(mc, mi, n));
            case FENCE -> a.emit(Encoder.fence(FENCE_IORW, FENCE_IORW));
            case FENCE_I -> a.emit(Encoder.fenceI());
            case SFENCE_ALL -> a.emit(Encoder.sfenceVma(ZERO, ZERO));
            case SFENCE_PAGE -> {
                a.emit(Encoder.sfenceVma(mc.reg(k, T0), mc.reg(k + 1, T1)));
                mc.depth = k;
            }
            case WFI -> a.emit(Encoder.wfi());
            case ECALL -> ecall(mc, k);
            case ENTER_SUPERVISOR -> enterSupervisor(a);
            case TRAP_VECTOR -> {
                a.la(T0, mc.sym.routine(TrapGlue.ENTRY));
                mc.pushReg(T0, false);
            }
        }
    }

    /** Replaces entries k.. by one entry computed by the instruction insn(d) into its home d. */
    private static void result(MethodCompiler mc, int k, IntUnaryOperator insn) {
        mc.depth = k;
        int d = mc.dest(k, T0);
        mc.a.emit(insn.applyAsInt(d));
        mc.commit(k, d, false);
        mc.depth = k + 1;
    }

    private static void addOrSubtract(MethodCompiler mc, int k, boolean subtract) {
        Entry lhs = mc.vs[k], rhs = mc.vs[k + 1];
        if (lhs.isConst() && rhs.isConst()) {
            mc.depth = k;
            mc.push(Entry.constant(subtract ? lhs.value - rhs.value : lhs.value + rhs.value));
            return;
        }
        long imm = subtract ? -rhs.value : rhs.value;
        if (rhs.isConst() && fits12(imm)) {
            int ra = mc.reg(k, T0);
            result(mc, k, d -> Encoder.addi(d, ra, imm));
            return;
        }
        int rb = mc.reg(k + 1, T1), ra = mc.reg(k, T0);
        result(mc, k, d -> subtract ? Encoder.sub(d, ra, rb) : Encoder.add(d, ra, rb));
    }

    /** Unsigned comparison of entries k and k+1 to a boolean (0/1). */
    private static void compare(MethodCompiler mc, int k, KernelIntrinsic.Kind kind) {
        int rb = mc.reg(k + 1, T1), ra = mc.reg(k, T0);
        Assembler a = mc.a;
        switch (kind) {
            case EQ, NE -> {
                a.emit(Encoder.xor(T0, ra, rb));
                result(mc, k, d -> kind == KernelIntrinsic.Kind.EQ ? Encoder.sltiu(d, T0, 1) : Encoder.sltu(d, ZERO, T0));
            }
            case LT -> result(mc, k, d -> Encoder.sltu(d, ra, rb));
            case GT -> result(mc, k, d -> Encoder.sltu(d, rb, ra));
            case LE -> {
                a.emit(Encoder.sltu(T0, rb, ra));
                result(mc, k, d -> Encoder.xori(d, T0, 1));
            }
            default -> { // GE
                a.emit(Encoder.sltu(T0, ra, rb));
                result(mc, k, d -> Encoder.xori(d, T0, 1));
            }
        }
    }

    /** [base register, immediate] of the accessed address: receiver k plus the offset entry k+1 if any. */
    private static int[] address(MethodCompiler mc, int k, boolean hasOffset) {
        int base = mc.reg(k, T0);
        if (!hasOffset) return new int[] {base, 0};
        Entry off = mc.vs[k + 1];
        if (off.isConst() && fits12(off.value)) return new int[] {base, (int) off.value};
        mc.a.emit(Encoder.add(T2, base, mc.reg(k + 1, T1)));
        return new int[] {T2, 0};
    }

    private static void load(MethodCompiler mc, int k, KernelIntrinsic in) {
        int[] at = address(mc, k, in.offset());
        result(mc, k, d -> Calls.load(in.type(), d, at[0], at[1]));
    }

    private static void store(MethodCompiler mc, int k, int n, KernelIntrinsic in) {
        int[] at = address(mc, k, in.offset());
        int value = mc.reg(k + n - 1, T1);
        mc.a.emit(Calls.store(in.type(), value, at[0], at[1]));
        mc.depth = k;
    }

    /** Entry k is the CSR number (its value comes from the analysis: a label may have moved it to a register). */
    private static void csr(MethodCompiler mc, int k, KernelIntrinsic.Kind kind, int csr) {
        if (kind == KernelIntrinsic.Kind.CSR_READ) {
            result(mc, k, d -> Encoder.csrrs(d, csr, ZERO));
            return;
        }
        Entry v = mc.vs[k + 1];
        boolean small = v.isConst() && v.value >= 0 && v.value < 32; // the immediate (uimm) forms
        int rs = small ? (int) v.value : mc.reg(k + 1, T1);
        switch (kind) {
            case CSR_SWAP -> {
                result(mc, k, d -> small ? Encoder.csrrwi(d, csr, rs) : Encoder.csrrw(d, csr, rs));
                return;
            }
            case CSR_WRITE -> mc.a.emit(small ? Encoder.csrrwi(ZERO, csr, rs) : Encoder.csrrw(ZERO, csr, rs));
            case CSR_SET -> mc.a.emit(small ? Encoder.csrrsi(ZERO, csr, rs) : Encoder.csrrs(ZERO, csr, rs));
            default -> mc.a.emit(small ? Encoder.csrrci(ZERO, csr, rs) : Encoder.csrrc(ZERO, csr, rs));
        }
        mc.depth = k;
    }

    private static int csrNumber(MethodCompiler mc, MethodInsnNode mi, int n) {
        Frame<BasicValue> f = mc.analysedFrames()[mc.m.instructions.indexOf(mi)];
        BasicValue v = f.getStack(f.getStackSize() - n);
        if (v instanceof AddressInterpreter.IntConstant c && c.value != null) return c.value;
        throw new IllegalStateException(mc.where() + ": CSR number is not a constant");
    }

    /** ecall with a7 = function, a0..a2 = arguments; a0 is the result. Live temporaries are saved as for a call. */
    private static void ecall(MethodCompiler mc, int k) {
        Assembler a = mc.a;
        mc.calls.passArguments(k, 4);
        a.mv(A7, A0);
        a.mv(A0, A1);
        a.mv(A1, A2);
        a.mv(A2, A3);
        a.emit(Encoder.ecall());
        mc.calls.finishCall(k, Type.LONG_TYPE);
    }

    /** mret to the next instruction in S-mode: mepc = there, mstatus.MPP = S. */
    private static void enterSupervisor(Assembler a) {
        Label next = a.newLabel(null);
        a.la(T0, next);
        a.emit(Encoder.csrrw(ZERO, MEPC, T0));
        a.li(T0, MSTATUS_MPP);
        a.emit(Encoder.csrrc(ZERO, MSTATUS, T0));
        a.li(T0, MPP_SUPERVISOR);
        a.emit(Encoder.csrrs(ZERO, MSTATUS, T0));
        a.emit(Encoder.mret());
        a.bind(next);
    }

    private static boolean fits12(long v) {
        return v >= -2048 && v < 2048;
    }
}
