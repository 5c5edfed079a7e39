package org.mkplay.toolchain.ir;

import java.util.Arrays;
import org.mkplay.toolchain.front.KernelIntrinsic;

/**
 * One three-address instruction: {@code dst = op(sources)}. A source is a virtual register or, after
 * constant propagation, a constant ({@link #isConstant}). {@code imm} is the operation's own number (a field
 * offset, an element shift, a CSR number, a parameter index, the value of CONST); {@code ref} names what the
 * operation refers to (a method, class, string, field, switch keys: a {@link Ref}, read with the typed getters). Block ends carry their successors in
 * {@code targets}. {@code line} is the source line, for fault messages and the listing, or a position in an
 * inlined body ({@link InlinedLine}).
 */
public final class Insn {
    /** Marks a source operand that is the constant in {@link #constants}. */
    public static final int CONSTANT = -1;

    public Op op;
    public int dst = -1;
    public int[] src;
    public long[] constants;
    public long imm;
    public Ref ref;
    public Cond cond;
    /** 64-bit operation (long, reference or Address); otherwise on sign-extended 32-bit ints. */
    public boolean wide;

    public final int line;
    public Block[] targets = new Block[0];

    public Insn(Op op, int dst, int line, int... src) {
        this.op = op;
        this.dst = dst;
        this.line = line;
        this.src = src.clone();
        this.constants = new long[src.length];
    }

    public boolean isConstant(int k) {
        return src[k] == CONSTANT;
    }

    /** Makes source k the constant c. */
    public void setConstant(int k, long c) {
        src[k] = CONSTANT;
        constants[k] = c;
    }

    /** True if source k is the constant c. */
    public boolean isConstant(int k, long c) {
        return src[k] == CONSTANT && constants[k] == c;
    }

    public boolean reads(int vreg) {
        for (int s : src) if (s == vreg) return true;
        return false;
    }

    /** Turns this instruction into {@code dst = MOV source k} (an operation found to be the identity). */
    public void becomeCopyOf(int k) {
        int s = src[k];
        long c = constants[k];
        op = s == CONSTANT ? Op.CONST : Op.MOV;
        src = s == CONSTANT ? new int[0] : new int[] {s};
        constants = new long[src.length];
        imm = c;
        ref = null;
    }

    /** Turns this instruction into {@code dst = CONST c}. */
    public void becomeConstant(long c) {
        op = Op.CONST;
        src = new int[0];
        constants = new long[0];
        imm = c;
        ref = null;
    }

    /** A copy with the same operands (targets shared until the caller replaces them). */
    public Insn copy() {
        Insn c = new Insn(op, dst, line, src);
        c.constants = constants.clone();
        c.imm = imm;
        c.ref = ref;
        c.cond = cond;
        c.wide = wide;
        c.targets = targets.clone();
        return c;
    }

    public Access access() {
        return ref(Access.class);
    }

    public CallSite callSite() {
        return ref(CallSite.class);
    }

    public StaticField staticField() {
        return ref(StaticField.class);
    }

    public SwitchKeys switchKeys() {
        return ref(SwitchKeys.class);
    }

    /** The class or array type of NEW, NEWARRAY, MULTINEWARRAY, CHECKCAST, INSTANCEOF, INIT. */
    public String typeName() {
        return ref(Ref.TypeName.class).name();
    }

    /** The literal of STRING. */
    public String string() {
        return ref(Ref.StringConstant.class).value();
    }

    /** The label of ROUTINE and LINK_ADDRESS. */
    public String linkLabel() {
        return ref(Ref.LinkLabel.class).name();
    }

    /** The intrinsic of CSR and SYSTEM. */
    public KernelIntrinsic.Kind machineOp() {
        return ref(Ref.MachineOp.class).kind();
    }

    /** True for the PARAM that is {@code this}. */
    public boolean isReceiver() {
        return ref instanceof Ref.Receiver;
    }

    private <T extends Ref> T ref(Class<T> type) {
        if (!type.isInstance(ref))
            throw new IllegalStateException(op + " names no " + type.getSimpleName() + ": " + ref);
        return type.cast(ref);
    }

    String operand(int k) {
        return src[k] == CONSTANT ? "#" + constants[k] : "v" + src[k];
    }

    /** Printed form, e.g. {@code v3:i = add v1, #5  @12}; vreg types come from the method. */
    String print(IrMethod m) {
        StringBuilder b = new StringBuilder();
        if (dst >= 0)
            b.append('v').append(dst).append(':').append(m.type(dst).letter).append(" = ");
        b.append(op.name().toLowerCase());
        if (wide && (op.isArithmetic() || op == Op.NEG)) b.append(".l");
        if (cond != null) b.append('.').append(cond.name().toLowerCase());
        String[] parts = new String[src.length];
        for (int k = 0; k < src.length; k++) parts[k] = operand(k);
        if (parts.length > 0) b.append(' ').append(String.join(", ", parts));
        if (showsImm()) b.append(parts.length > 0 ? ", " : " ").append('$').append(imm);
        if (ref != null) b.append(" [").append(ref).append(']');
        for (Block t : targets) b.append(" -> B").append(t.id);
        if (line > 0) b.append("  @").append(m.sourceLine(line));
        InlinedLine in = m.inlinedAt(line);
        if (in != null)
            b.append(" (").append(in.method()).append(':').append(in.line()).append(')');
        return b.toString();
    }

    private boolean showsImm() {
        return switch (op) {
            case CONST, PARAM, LOAD, STORE, CSR -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return op + " dst=v" + dst + " src=" + Arrays.toString(src) + " imm=" + imm;
    }
}
