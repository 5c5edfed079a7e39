package org.mkplay.toolchain.front;

import java.util.Objects;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * The basic analysis plus two facts the vmmagic rules need: which references are Addresses ({@link #ADDRESS})
 * and which ints are constants pushed right there ({@link IntConstant}: iconst, bipush, sipush, ldc — what
 * the code generator sees as a constant; a value read back from a local is not one).
 * An Address merged with another reference stays an Address: in verified code the other one can only be
 * null, or the merged value is used as an Object, which is what the rules look for.
 */
public final class AddressInterpreter extends BasicInterpreter {
    public static final BasicValue ADDRESS = new BasicValue(Type.getObjectType(KernelIntrinsic.ADDRESS));

    /**
     * An int pushed as a constant by the instruction itself, or ({@link #COMPUTED}, value null) an int merged
     * from different ones. Equality is exact, so that a merge which loses the constant counts as a change.
     */
    public static final class IntConstant extends BasicValue {
        public final Integer value;

        IntConstant(Integer value) {
            super(Type.INT_TYPE);
            this.value = value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IntConstant c && Objects.equals(c.value, value);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(value);
        }
    }

    static final IntConstant COMPUTED = new IntConstant(null);

    public AddressInterpreter() {
        super(Opcodes.ASM9);
    }

    @Override
    public BasicValue newValue(Type type) {
        if (type != null
                && type.getSort() == Type.OBJECT
                && type.getInternalName().equals(KernelIntrinsic.ADDRESS)) {
            return ADDRESS;
        }
        return super.newValue(type);
    }

    @Override
    public BasicValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
        int op = insn.getOpcode();
        if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) return new IntConstant(op - Opcodes.ICONST_0);
        if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) return new IntConstant(((IntInsnNode) insn).operand);
        if (op == Opcodes.LDC && ((LdcInsnNode) insn).cst instanceof Integer i) return new IntConstant(i);
        return super.newOperation(insn);
    }

    @Override
    public BasicValue copyOperation(AbstractInsnNode insn, BasicValue value) {
        boolean local = insn.getOpcode() >= Opcodes.ILOAD && insn.getOpcode() <= Opcodes.ALOAD
                || insn.getOpcode() >= Opcodes.ISTORE && insn.getOpcode() <= Opcodes.ASTORE;
        return local && value instanceof IntConstant ? BasicValue.INT_VALUE : value;
    }

    @Override
    public BasicValue merge(BasicValue a, BasicValue b) {
        if (a.equals(b)) return a;
        if (a instanceof IntConstant || b instanceof IntConstant) {
            return Type.INT_TYPE.equals(a.getType()) && Type.INT_TYPE.equals(b.getType())
                    ? COMPUTED
                    : BasicValue.UNINITIALIZED_VALUE;
        }
        if (ADDRESS.equals(a) && BasicValue.REFERENCE_VALUE.equals(b)
                || ADDRESS.equals(b) && BasicValue.REFERENCE_VALUE.equals(a)) {
            return ADDRESS;
        }
        return super.merge(a, b);
    }
}
