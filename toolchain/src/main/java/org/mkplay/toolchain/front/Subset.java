package org.mkplay.toolchain.front;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** Facts about the supported Java subset shared by the front end and the code generator. */
public final class Subset {
    private Subset() {}

    /** A "... is" phrase for an opcode outside the subset, or null if the opcode is supported. */
    public static String unsupportedOpcode(int op) {
        if (op == Opcodes.MONITORENTER || op == Opcodes.MONITOREXIT) return "synchronized block is";
        if (op == Opcodes.JSR || op == Opcodes.RET) return "jsr/ret bytecode is";
        if (isFloatOpcode(op)) return "floating point (float/double) is";
        return null;
    }

    private static boolean isFloatOpcode(int op) {
        return switch (op) {
            case Opcodes.FCONST_0,
                    Opcodes.FCONST_1,
                    Opcodes.FCONST_2,
                    Opcodes.DCONST_0,
                    Opcodes.DCONST_1,
                    Opcodes.FLOAD,
                    Opcodes.DLOAD,
                    Opcodes.FSTORE,
                    Opcodes.DSTORE,
                    Opcodes.FALOAD,
                    Opcodes.DALOAD,
                    Opcodes.FASTORE,
                    Opcodes.DASTORE,
                    Opcodes.FADD,
                    Opcodes.DADD,
                    Opcodes.FSUB,
                    Opcodes.DSUB,
                    Opcodes.FMUL,
                    Opcodes.DMUL,
                    Opcodes.FDIV,
                    Opcodes.DDIV,
                    Opcodes.FREM,
                    Opcodes.DREM,
                    Opcodes.FNEG,
                    Opcodes.DNEG,
                    Opcodes.I2F,
                    Opcodes.I2D,
                    Opcodes.L2F,
                    Opcodes.L2D,
                    Opcodes.F2I,
                    Opcodes.F2L,
                    Opcodes.F2D,
                    Opcodes.D2I,
                    Opcodes.D2L,
                    Opcodes.D2F,
                    Opcodes.FCMPL,
                    Opcodes.FCMPG,
                    Opcodes.DCMPL,
                    Opcodes.DCMPG,
                    Opcodes.FRETURN,
                    Opcodes.DRETURN -> true;
            default -> false;
        };
    }

    /** Array descriptor for a NEWARRAY operand (T_BOOLEAN..T_LONG). */
    public static String primitiveArrayDescriptor(int atype) {
        return switch (atype) {
            case Opcodes.T_BOOLEAN -> "[Z";
            case Opcodes.T_CHAR -> "[C";
            case Opcodes.T_BYTE -> "[B";
            case Opcodes.T_SHORT -> "[S";
            case Opcodes.T_INT -> "[I";
            case Opcodes.T_LONG -> "[J";
            case Opcodes.T_FLOAT -> "[F";
            default -> "[D";
        };
    }

    /** The StringBuilder.append overload javac's concat recipe maps an argument of this type to. */
    public static String appendDescriptor(Type t) {
        String arg = switch (t.getSort()) {
            case Type.BOOLEAN -> "Z";
            case Type.CHAR -> "C";
            case Type.BYTE, Type.SHORT, Type.INT -> "I";
            case Type.LONG -> "J";
            case Type.ARRAY -> "Ljava/lang/Object;";
            default -> t.getDescriptor().equals("Ljava/lang/String;") ? "Ljava/lang/String;" : "Ljava/lang/Object;";
        };
        return "(" + arg + ")Ljava/lang/StringBuilder;";
    }
}
