package org.mkplay.emulator.cpu;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * JVM only (TeaVM never sees this class: only the {@link BlockTranslator} interface is shared): translates a
 * block's register-only ops into a hidden class whose {@code run} method HotSpot compiles like any other, so
 * a hot loop of them runs without a dispatch per instruction. Ops that may trap or touch memory, devices or
 * CSRs (loads, stores, atomics, {@code jalr}, CSR and system instructions) are left to the interpreter: the
 * compiled code stops before the first of them and returns {@link CompiledBlock#RESUME} with its index. Every
 * arm computes what the interpreter's arm computes; the tests run the same programs both ways.
 */
public final class JvmBlockTranslator implements BlockTranslator {
    private static final String SUPER = Type.getInternalName(CompiledBlock.class);
    private static final String SELF = Type.getInternalName(JvmBlockTranslator.class);
    private static final String ARITHMETIC = Type.getInternalName(Arithmetic.class);
    private static final String NAME = "org/mkplay/emulator/cpu/CompiledBlockCode";
    /** Locals of {@code run}: this, the registers, the pc (two slots). */
    private static final int X = 1, PC = 2;

    private final MethodHandles.Lookup lookup = MethodHandles.lookup();

    @Override
    public CompiledBlock translate(Block block) {
        if (!translatable(Op.op((int) block.ops[0]))) {
            return null;
        }
        byte[] bytes = classFor(block);
        try {
            MethodHandles.Lookup hidden = lookup.defineHiddenClass(bytes, true);
            return (CompiledBlock) hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot define the code of a block", e);
        }
    }

    private static boolean translatable(int op) {
        switch (op) {
            case Op.LB, Op.LH, Op.LW, Op.LD, Op.LBU, Op.LHU, Op.LWU, Op.SB, Op.SH, Op.SW, Op.SD:
            case Op.AMO_W, Op.AMO_D, Op.JALR:
                return false;
            default:
                return op < Op.ECALL || op > Op.ILLEGAL;
        }
    }

    private static byte[] classFor(Block block) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, NAME, null, SUPER, null);
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, SUPER, "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", "([JJ)I", null, null);
        mv.visitCode();
        for (int k = 0; ; k++) {
            long decoded = block.ops[k];
            int op = Op.op((int) decoded);
            if (!translatable(op)) {
                returnCode(mv, k << 3 | CompiledBlock.RESUME);
                break;
            }
            if (emit(mv, block, k, decoded)) {
                break;
            }
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** Emits op {@code k}; returns true when it ended the method (the block's terminator or END). */
    private static boolean emit(MethodVisitor mv, Block block, int k, long decoded) {
        int w = (int) decoded;
        int imm = (int) (decoded >> 32);
        int rd = Op.rd(w), rs1 = Op.rs1(w), rs2 = Op.rs2(w);
        int op = Op.op(w);
        switch (op) {
            case Op.END:
                returnCode(mv, CompiledBlock.FALL);
                return true;
            case Op.JAL:
                startStore(mv, rd);
                mv.visitVarInsn(LLOAD, PC);
                mv.visitLdcInsn((long) block.fallOffset);
                mv.visitInsn(LADD);
                mv.visitInsn(LASTORE);
                returnCode(mv, CompiledBlock.TAKEN);
                return true;
            case Op.BEQ, Op.BNE, Op.BLT, Op.BGE, Op.BLTU, Op.BGEU:
                branch(mv, op, rs1, rs2);
                return true;
            case Op.FENCE, Op.FENCE_I:
                return false;
            default:
                startStore(mv, rd);
                value(mv, block, k, op, rs1, rs2, imm);
                mv.visitInsn(LASTORE);
                return false;
        }
    }

    /** Pushes the 64-bit result of a register-only op, as the interpreter's arm computes it. */
    private static void value(MethodVisitor mv, Block block, int k, int op, int rs1, int rs2, int imm) {
        switch (op) {
            case Op.LUI, Op.LI -> mv.visitLdcInsn((long) imm);
            case Op.AUIPC, Op.LA -> {
                mv.visitVarInsn(LLOAD, PC);
                mv.visitLdcInsn((long) block.offset[k] + imm);
                mv.visitInsn(LADD);
            }
            case Op.ADDI -> longOp(mv, rs1, imm, LADD);
            case Op.XORI -> longOp(mv, rs1, imm, LXOR);
            case Op.ORI -> longOp(mv, rs1, imm, LOR);
            case Op.ANDI -> longOp(mv, rs1, imm, LAND);
            case Op.SLTI -> compare(mv, rs1, -1, imm, "compare");
            case Op.SLTIU -> compare(mv, rs1, -1, imm, "compareUnsigned");
            case Op.SLLI -> shiftImmediate(mv, rs1, imm, LSHL);
            case Op.SRLI -> shiftImmediate(mv, rs1, imm, LUSHR);
            case Op.SRAI -> shiftImmediate(mv, rs1, imm, LSHR);
            case Op.ADD -> twoLongs(mv, rs1, rs2, LADD);
            case Op.SUB -> twoLongs(mv, rs1, rs2, LSUB);
            case Op.XOR -> twoLongs(mv, rs1, rs2, LXOR);
            case Op.OR -> twoLongs(mv, rs1, rs2, LOR);
            case Op.AND -> twoLongs(mv, rs1, rs2, LAND);
            case Op.MUL -> twoLongs(mv, rs1, rs2, LMUL);
            case Op.SLL -> shift(mv, rs1, rs2, LSHL);
            case Op.SRL -> shift(mv, rs1, rs2, LUSHR);
            case Op.SRA -> shift(mv, rs1, rs2, LSHR);
            case Op.SLT -> compare(mv, rs1, rs2, 0, "compare");
            case Op.SLTU -> compare(mv, rs1, rs2, 0, "compareUnsigned");
            case Op.ADDIW -> intImmediate(mv, rs1, imm, IADD);
            case Op.SLLIW -> intImmediate(mv, rs1, imm, ISHL);
            case Op.SRLIW -> intImmediate(mv, rs1, imm, IUSHR);
            case Op.SRAIW -> intImmediate(mv, rs1, imm, ISHR);
            case Op.ADDW -> twoInts(mv, rs1, rs2, IADD);
            case Op.SUBW -> twoInts(mv, rs1, rs2, ISUB);
            case Op.SLLW -> twoInts(mv, rs1, rs2, ISHL);
            case Op.SRLW -> twoInts(mv, rs1, rs2, IUSHR);
            case Op.SRAW -> twoInts(mv, rs1, rs2, ISHR);
            case Op.MULW -> twoInts(mv, rs1, rs2, IMUL);
            case Op.MULH -> call(mv, rs1, rs2, ARITHMETIC, "mulh", "(JJ)J", false);
            case Op.MULHSU -> call(mv, rs1, rs2, ARITHMETIC, "mulhsu", "(JJ)J", false);
            case Op.MULHU -> call(mv, rs1, rs2, ARITHMETIC, "mulhu", "(JJ)J", false);
            case Op.DIV -> call(mv, rs1, rs2, SELF, "div", "(JJ)J", false);
            case Op.DIVU -> call(mv, rs1, rs2, SELF, "divu", "(JJ)J", false);
            case Op.REM -> call(mv, rs1, rs2, SELF, "rem", "(JJ)J", false);
            case Op.REMU -> call(mv, rs1, rs2, SELF, "remu", "(JJ)J", false);
            case Op.DIVW -> call(mv, rs1, rs2, ARITHMETIC, "divw", "(II)J", true);
            case Op.DIVUW -> call(mv, rs1, rs2, ARITHMETIC, "divuw", "(II)J", true);
            case Op.REMW -> call(mv, rs1, rs2, ARITHMETIC, "remw", "(II)J", true);
            case Op.REMUW -> call(mv, rs1, rs2, ARITHMETIC, "remuw", "(II)J", true);
            default -> throw new IllegalStateException("no translation for op " + op);
        }
    }

    // The interpreter's DIV, DIVU, REM and REMU arms (RISC-V defines division by zero; Java would throw).

    public static long div(long a, long b) {
        return b == 0 ? -1 : a / b;
    }

    public static long divu(long a, long b) {
        return b == 0 ? -1 : Arithmetic.divu(a, b);
    }

    public static long rem(long a, long b) {
        return b == 0 ? a : a % b;
    }

    public static long remu(long a, long b) {
        return b == 0 ? a : Arithmetic.remu(a, b);
    }

    // ---- emitting ----

    private static void returnCode(MethodVisitor mv, int code) {
        mv.visitLdcInsn(code);
        mv.visitInsn(IRETURN);
    }

    /** x, rd: the array and index of the LASTORE that follows the value. */
    private static void startStore(MethodVisitor mv, int rd) {
        mv.visitVarInsn(ALOAD, X);
        mv.visitLdcInsn(rd);
    }

    private static void register(MethodVisitor mv, int r) {
        if (r == 0) {
            mv.visitInsn(LCONST_0);
            return;
        }
        mv.visitVarInsn(ALOAD, X);
        mv.visitLdcInsn(r);
        mv.visitInsn(LALOAD);
    }

    private static void longOp(MethodVisitor mv, int rs1, int imm, int opcode) {
        register(mv, rs1);
        mv.visitLdcInsn((long) imm);
        mv.visitInsn(opcode);
    }

    private static void twoLongs(MethodVisitor mv, int rs1, int rs2, int opcode) {
        register(mv, rs1);
        register(mv, rs2);
        mv.visitInsn(opcode);
    }

    /** Shifts by the low 6 bits of rs2, as Java's long shifts do. */
    private static void shift(MethodVisitor mv, int rs1, int rs2, int opcode) {
        register(mv, rs1);
        register(mv, rs2);
        mv.visitInsn(L2I);
        mv.visitInsn(opcode);
    }

    private static void shiftImmediate(MethodVisitor mv, int rs1, int imm, int opcode) {
        register(mv, rs1);
        mv.visitLdcInsn(imm);
        mv.visitInsn(opcode);
    }

    /** (int) rs1 OP imm, sign-extended. */
    private static void intImmediate(MethodVisitor mv, int rs1, int imm, int opcode) {
        register(mv, rs1);
        mv.visitInsn(L2I);
        mv.visitLdcInsn(imm);
        mv.visitInsn(opcode);
        mv.visitInsn(I2L);
    }

    /** (int) rs1 OP (int) rs2, sign-extended; int shifts use the low 5 bits, as RV64's *W shifts. */
    private static void twoInts(MethodVisitor mv, int rs1, int rs2, int opcode) {
        register(mv, rs1);
        mv.visitInsn(L2I);
        register(mv, rs2);
        mv.visitInsn(L2I);
        mv.visitInsn(opcode);
        mv.visitInsn(I2L);
    }

    /** 1 if rs1 < (rs2, or imm when rs2 is -1) by Long.{@code method}, else 0: the sign bit of the comparison. */
    private static void compare(MethodVisitor mv, int rs1, int rs2, int imm, String method) {
        register(mv, rs1);
        if (rs2 < 0) {
            mv.visitLdcInsn((long) imm);
        } else {
            register(mv, rs2);
        }
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", method, "(JJ)I", false);
        mv.visitLdcInsn(31);
        mv.visitInsn(IUSHR);
        mv.visitInsn(I2L);
    }

    private static void call(
            MethodVisitor mv, int rs1, int rs2, String owner, String method, String descriptor, boolean ints) {
        register(mv, rs1);
        if (ints) {
            mv.visitInsn(L2I);
        }
        register(mv, rs2);
        if (ints) {
            mv.visitInsn(L2I);
        }
        mv.visitMethodInsn(INVOKESTATIC, owner, method, descriptor, false);
    }

    /** The block's final branch: TAKEN or FALL by the comparison the interpreter's arm makes. */
    private static void branch(MethodVisitor mv, int op, int rs1, int rs2) {
        register(mv, rs1);
        register(mv, rs2);
        boolean unsigned = op == Op.BLTU || op == Op.BGEU;
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", unsigned ? "compareUnsigned" : "compare", "(JJ)I", false);
        Label taken = new Label();
        int jump = switch (op) {
            case Op.BEQ -> IFEQ;
            case Op.BNE -> IFNE;
            case Op.BLT, Op.BLTU -> IFLT;
            default -> IFGE;
        };
        mv.visitJumpInsn(jump, taken);
        returnCode(mv, CompiledBlock.FALL);
        mv.visitLabel(taken);
        returnCode(mv, CompiledBlock.TAKEN);
    }
}
