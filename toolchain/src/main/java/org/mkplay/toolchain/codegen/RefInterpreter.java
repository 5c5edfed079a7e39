package org.mkplay.toolchain.codegen;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * The basic interpreter (value sizes for the operand stack) with two facts about references that code
 * generation uses: whether a value is certainly non-null (a new object or array, a string literal, {@code this})
 * and, for arrays, the array type. Merging keeps a fact only where both sides have it; {@code null} merges
 * into any reference type.
 */
final class RefInterpreter extends BasicInterpreter {
    /** A reference: its array type (or java/lang/Object when not known to be an array) and non-nullness. */
    static final class Ref extends BasicValue {
        static final Type OBJECT = Type.getObjectType("java/lang/Object");
        static final Ref NULL = new Ref(NULL_TYPE, false);
        final boolean nonNull;

        Ref(Type type, boolean nonNull) {
            super(type);
            this.nonNull = nonNull;
        }

        /** Arrays and the null constant: values whose length the array checks may read (null has none). */
        boolean isArrayOrNull() {
            return getType().getSort() == Type.ARRAY || this == NULL;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && r.getType().equals(getType()) && r.nonNull == nonNull;
        }

        @Override
        public int hashCode() {
            return getType().hashCode() * 2 + (nonNull ? 1 : 0);
        }
    }

    RefInterpreter() {
        super(ASM9);
    }

    static boolean nonNull(BasicValue v) {
        return v instanceof Ref r && r.nonNull;
    }

    @Override
    public BasicValue newValue(Type type) {
        if (type == null || (type.getSort() != Type.OBJECT && type.getSort() != Type.ARRAY)) return super.newValue(type);
        if (type.equals(NULL_TYPE)) return Ref.NULL;
        return new Ref(type.getSort() == Type.ARRAY ? type : Ref.OBJECT, false);
    }

    @Override
    public BasicValue newParameterValue(boolean isInstanceMethod, int local, Type type) {
        if (isInstanceMethod && local == 0) return new Ref(Ref.OBJECT, true);
        return newValue(type);
    }

    @Override
    public BasicValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
        BasicValue v = super.newOperation(insn);
        boolean literal = insn.getOpcode() == Opcodes.LDC && ((LdcInsnNode) insn).cst instanceof String;
        return insn.getOpcode() == Opcodes.NEW || literal ? new Ref(v.getType(), true) : v;
    }

    @Override
    public BasicValue unaryOperation(AbstractInsnNode insn, BasicValue value) throws AnalyzerException {
        BasicValue v = super.unaryOperation(insn, value);
        return switch (insn.getOpcode()) {
            case Opcodes.NEWARRAY, Opcodes.ANEWARRAY -> new Ref(v.getType(), true);
            case Opcodes.CHECKCAST -> new Ref(v.getType(), nonNull(value)); // a cast lets null through
            default -> v;
        };
    }

    @Override
    public BasicValue binaryOperation(AbstractInsnNode insn, BasicValue value1, BasicValue value2) throws AnalyzerException {
        if (insn.getOpcode() == Opcodes.AALOAD) {
            Type array = value1.getType();
            return newValue(array.getSort() == Type.ARRAY ? Type.getType(array.getDescriptor().substring(1)) : Ref.OBJECT);
        }
        return super.binaryOperation(insn, value1, value2);
    }

    @Override
    public BasicValue naryOperation(AbstractInsnNode insn, List<? extends BasicValue> values) throws AnalyzerException {
        BasicValue v = super.naryOperation(insn, values);
        return insn.getOpcode() == Opcodes.MULTIANEWARRAY ? new Ref(v.getType(), true) : v;
    }

    @Override
    public BasicValue merge(BasicValue v, BasicValue w) {
        if (!(v instanceof Ref a) || !(w instanceof Ref b)) return super.merge(v, w);
        if (a.equals(b)) return a;
        if (a == Ref.NULL) return new Ref(b.getType(), false);
        if (b == Ref.NULL) return new Ref(a.getType(), false);
        Type type = a.getType().equals(b.getType()) ? a.getType() : Ref.OBJECT;
        return new Ref(type, a.nonNull && b.nonNull);
    }
}
