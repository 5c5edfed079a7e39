package org.mkplay.toolchain.codegen;

import static org.mkplay.riscv.isa.Reg.*;

import org.mkplay.riscv.isa.Encoder;
import org.mkplay.riscv.priv.Csr;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.asm.SourceTag;
import org.mkplay.toolchain.front.KernelIntrinsic;
import org.mkplay.toolchain.ir.Cond;
import org.mkplay.toolchain.ir.Insn;
import org.mkplay.toolchain.layout.Layout;

/**
 * RV64 code for the IR's values, memory accesses, checks and machine operations. A constant operand uses
 * the instruction's immediate form where there is one and it fits, the zero register for 0, else it is
 * loaded into a scratch register. Checks branch to fault stubs (see {@link MethodCompiler#faultStub}).
 */
final class Lowering {
    private static final int MSTATUS = Csr.MSTATUS, MEPC = Csr.MEPC;
    private static final long MSTATUS_MPP = Csr.STATUS_MPP, MPP_SUPERVISOR = 1L << Csr.STATUS_MPP_SHIFT;
    private static final int FENCE_IORW = 0b1111;

    private final MethodCompiler mc;
    private final Assembler a;

    Lowering(MethodCompiler mc) {
        this.mc = mc;
        this.a = mc.a;
    }

    void lower(Insn i) {
        if (i.op.isArithmetic()) {
            arithmetic(i);
            return;
        }
        switch (i.op) {
            case CONST -> result(i, d -> a.li(d, i.imm));
            case STRING -> result(i, d -> a.la(d, mc.sym.string(i.string())));
            case MOV -> result(i, d -> a.mv(d, mc.src(i, 0, d)));
            case NEG -> unary(i, (d, x) -> a.emit(i.wide ? Encoder.sub(d, ZERO, x) : Encoder.subw(d, ZERO, x)));
            case L2I -> unary(i, (d, x) -> a.emit(Encoder.addiw(d, x, 0)));
            case I2B -> unary(i, (d, x) -> extend(d, x, 56, true));
            case I2C -> unary(i, (d, x) -> extend(d, x, 48, false));
            case I2S -> unary(i, (d, x) -> extend(d, x, 48, true));
            case LCMP -> lcmp(i);
            case SETCC -> setcc(i);
            case STATIC_ADDR -> {
                Label shared = mc.sharedStaticAddress(i.dst);
                if (shared == null)
                    result(i, d -> a.la(d, mc.sym.staticField(i.staticField().field())));
                else result(i, d -> a.auipcHi(d, shared, mc.anchor(i.dst)));
            }
            case ALEN -> unary(i, (d, x) -> a.emit(Encoder.lw(d, x, Layout.ARRAY_LENGTH)));
            case ALEN0 -> lengthOrZero(i);
            case CATCH -> mc.commit(i, A0); // the unwinder enters the landing pad with the exception in a0
            case LINK_ADDRESS -> result(i, d -> a.la(d, mc.sym.routine(i.linkLabel())));
            case LOAD -> {
                Label at = mc.fusedStatic(i), shared = mc.sharedStatic(i);
                if (shared != null) {
                    int v = i.src[0];
                    unary(i, (d, base) -> a.loadLo(load(i.access().type(), d, base, 0), shared, mc.anchor(v)));
                } else if (at == null) {
                    unary(i, (d, base) -> a.emit(load(i.access().type(), d, base, (int) i.imm)));
                } else {
                    result(i, d -> a.loadLabel(load(i.access().type(), d, d, 0), d, at, i.imm));
                }
            }
            case STORE -> store(i);
            case CSR -> csr(i);
            case SYSTEM -> system(i);
            case ENTER_SUPERVISOR -> enterSupervisor();
            case NULL_CHECK -> nullCheck(i);
            case BOUNDS_CHECK -> boundsCheck(i);
            case DIV_CHECK -> a.beq(mc.src(i, 0), ZERO, mc.divStub());
            case SIZE_CHECK -> sizeCheck(i);
            default -> throw new IllegalStateException("cannot lower " + i.op);
        }
    }

    private interface Emit {
        void into(int d);
    }

    private interface EmitUnary {
        void into(int d, int x);
    }

    private void result(Insn i, Emit e) {
        int d = mc.dst(i);
        e.into(d);
        mc.commit(i, d);
    }

    private void unary(Insn i, EmitUnary e) {
        int x = mc.src(i, 0);
        result(i, d -> e.into(d, x));
    }

    private void extend(int d, int x, int shift, boolean signed) {
        a.emit(Encoder.slli(d, x, shift));
        a.emit(signed ? Encoder.srai(d, d, shift) : Encoder.srli(d, d, shift));
    }

    private void arithmetic(Insn i) {
        int x = mc.src(i, 0);
        if (i.isConstant(1)) {
            long word = Alu.immediate(i.op, i.wide, 0, 0, i.constants[1]);
            if (word != Alu.NONE) {
                result(i, d -> a.emit((int) Alu.immediate(i.op, i.wide, d, x, i.constants[1])));
                return;
            }
        }
        int y = mc.src(i, 1);
        result(i, d -> a.emit(Alu.instruction(i.op, i.wide, d, x, y)));
    }

    private void lcmp(Insn i) {
        int x = mc.src(i, 0), y = mc.src(i, 1);
        a.emit(Encoder.slt(T2, x, y));
        a.emit(Encoder.slt(T1, y, x));
        result(i, d -> a.emit(Encoder.sub(d, T1, T2)));
    }

    /** dst = (x cond y) as 0 or 1: slt/sltu, with xori for the complements and xor for (in)equality. */
    private void setcc(Insn i) {
        int x = mc.src(i, 0), y = mc.src(i, 1);
        Cond c = i.cond;
        switch (c) {
            case EQ, NE -> {
                int diff = x;
                if (y != ZERO) {
                    a.emit(Encoder.xor(T2, x, y));
                    diff = T2;
                }
                int z = diff;
                result(i, d -> a.emit(c == Cond.EQ ? Encoder.sltiu(d, z, 1) : Encoder.sltu(d, ZERO, z)));
            }
            case LT, LTU -> result(i, d -> a.emit(less(c, d, x, y)));
            case GT, GTU -> result(i, d -> a.emit(less(c, d, y, x)));
            case GE, GEU -> {
                a.emit(less(c, T2, x, y));
                result(i, d -> a.emit(Encoder.xori(d, T2, 1)));
            }
            default -> { // LE, LEU
                a.emit(less(c, T2, y, x));
                result(i, d -> a.emit(Encoder.xori(d, T2, 1)));
            }
        }
    }

    private static int less(Cond c, int d, int x, int y) {
        boolean unsigned = c == Cond.LTU || c == Cond.GTU || c == Cond.GEU || c == Cond.LEU;
        return unsigned ? Encoder.sltu(d, x, y) : Encoder.slt(d, x, y);
    }

    /** The length, or 0 for null (then the array register itself is 0 and serves as the result). */
    private void lengthOrZero(Insn i) {
        int arr = mc.src(i, 0);
        Label isNull = a.newLabel(null);
        result(i, d -> {
            if (d != arr) a.li(d, 0);
            a.beq(arr, ZERO, isNull);
            a.emit(Encoder.lw(d, arr, Layout.ARRAY_LENGTH));
            a.bind(isNull);
        });
    }

    static int load(char t, int rd, int base, int offset) {
        return switch (t) {
            case 'Z' -> Encoder.lbu(rd, base, offset);
            case 'B' -> Encoder.lb(rd, base, offset);
            case 'C' -> Encoder.lhu(rd, base, offset);
            case 'S' -> Encoder.lh(rd, base, offset);
            case 'I' -> Encoder.lw(rd, base, offset);
            default -> Encoder.ld(rd, base, offset);
        };
    }

    private void store(Insn i) {
        Label at = mc.fusedStatic(i);
        int value = mc.src(i, 1); // never t0 (the scratch of source 0, free when the base is folded in)
        Label shared = mc.sharedStatic(i);
        if (shared != null) {
            a.storeLo(storeWord(i, value, mc.src(i, 0), 0), shared, mc.anchor(i.src[0]));
            return;
        }
        if (at != null) {
            a.storeLabel(storeWord(i, value, T0, 0), T0, at, i.imm);
            return;
        }
        a.emit(storeWord(i, value, mc.src(i, 0), (int) i.imm));
    }

    private static int storeWord(Insn i, int value, int base, int offset) {
        return switch (i.access().type()) {
            case 'Z', 'B' -> Encoder.sb(value, base, offset);
            case 'C', 'S' -> Encoder.sh(value, base, offset);
            case 'I' -> Encoder.sw(value, base, offset);
            default -> Encoder.sd(value, base, offset);
        };
    }

    // ---- checks ----

    private void nullCheck(Insn i) {
        if (i.isConstant(0) && i.constants[0] != 0) return;
        a.beq(mc.src(i, 0), ZERO, mc.npeStub());
    }

    /**
     * index &lt;u length-or-zero: one compare checks the index both ways and, with length 0 for null, the
     * reference too; the stub tells the two faults apart (the JVM reports null first).
     */
    private void boundsCheck(Insn i) {
        int arr = mc.src(i, 0), idx = mc.src(i, 1), len = mc.src(i, 2);
        Label npe = mc.npeStub();
        Label outOfBounds = mc.faultStub("index", "(II)V", () -> {
            a.mv(T0, idx); // idx is t1 or an allocated register, len t2 or one: neither is overwritten early
            a.mv(T1, len);
            a.mv(A0, T0);
            a.mv(A1, T1);
        });
        Label stub = a.newLabel(null);
        SourceTag tagNow = new SourceTag(mc.file, mc.sourceLine(), mc.displayName);
        mc.stubs.add(() -> {
            a.setTag(tagNow);
            a.bind(stub);
            a.beq(arr, ZERO, npe);
            a.j(outOfBounds);
        });
        a.bgeu(idx, len, stub);
    }

    private void sizeCheck(Insn i) {
        int n = mc.src(i, 0);
        a.blt(n, ZERO, mc.faultStub("negativeSize", "(I)V", () -> a.mv(A0, n)));
    }

    // ---- machine operations (kernel profile) ----

    /** The CSR number is encoded in the instruction; a constant value 0..31 uses the immediate forms. */
    private void csr(Insn i) {
        KernelIntrinsic.Kind kind = i.machineOp();
        int csr = (int) i.imm;
        if (kind == KernelIntrinsic.Kind.CSR_READ) {
            result(i, d -> a.emit(Encoder.csrrs(d, csr, ZERO)));
            return;
        }
        boolean small = i.isConstant(0) && i.constants[0] >= 0 && i.constants[0] < 32;
        int rs = small ? (int) i.constants[0] : mc.src(i, 0);
        switch (kind) {
            case CSR_SWAP -> result(i, d -> a.emit(small ? Encoder.csrrwi(d, csr, rs) : Encoder.csrrw(d, csr, rs)));
            case CSR_WRITE -> a.emit(small ? Encoder.csrrwi(ZERO, csr, rs) : Encoder.csrrw(ZERO, csr, rs));
            case CSR_SET -> a.emit(small ? Encoder.csrrsi(ZERO, csr, rs) : Encoder.csrrs(ZERO, csr, rs));
            default -> a.emit(small ? Encoder.csrrci(ZERO, csr, rs) : Encoder.csrrc(ZERO, csr, rs));
        }
    }

    private void system(Insn i) {
        switch (i.machineOp()) {
            case FENCE -> a.emit(Encoder.fence(FENCE_IORW, FENCE_IORW));
            case FENCE_I -> a.emit(Encoder.fenceI());
            case SFENCE_ALL -> a.emit(Encoder.sfenceVma(ZERO, ZERO));
            case SFENCE_PAGE -> a.emit(Encoder.sfenceVma(mc.src(i, 0), mc.src(i, 1)));
            default -> a.emit(Encoder.wfi());
        }
    }

    /** mret to the next instruction in S-mode: mepc = there, mstatus.MPP = S. */
    private void enterSupervisor() {
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
}
