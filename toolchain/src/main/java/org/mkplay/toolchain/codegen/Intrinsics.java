package org.mkplay.toolchain.codegen;

import static org.mkplay.toolchain.asm.Reg.*;

import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Encoder;
import org.mkplay.toolchain.link.Layout;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;

/** Code for org.mkplay.rt.Native methods (runtime library only): inline loads or calls to assembly routines. */
final class Intrinsics {
    private Intrinsics() {}

    static void emit(MethodCompiler mc, MethodInsnNode mi) {
        Assembler a = mc.a;
        int n = Type.getArgumentTypes(mi.desc).length;
        int k = mc.depth - n;
        switch (mi.name) {
            case "putByte" -> routine(mc, k, n, "rt_putc", mi.desc);
            case "exit" -> routine(mc, k, n, "rt_exit", mi.desc);
            case "newArray" -> routine(mc, k, n, "rt_newarray", mi.desc);
            case "loadLong" -> unary(mc, k, Encoder.ld(T0, T0, 0), true);
            case "loadByte" -> unary(mc, k, Encoder.lbu(T0, T0, 0), true);
            case "addressOf" -> unary(mc, k, 0, false);
            case "className" -> {
                a.mv(T0, mc.reg(k, T0));
                a.emit(Encoder.ld(T0, T0, 0));
                a.emit(Encoder.ld(T0, T0, Layout.DESC_NAME));
                mc.depth = k;
                mc.pushReg(T0, true);
            }
            default -> throw new IllegalStateException("unknown intrinsic Native." + mi.name);
        }
    }

    /** One operand moved to t0, optionally transformed by insn (which reads and writes t0). */
    private static void unary(MethodCompiler mc, int k, int insn, boolean emit) {
        mc.a.mv(T0, mc.reg(k, T0));
        if (emit) mc.a.emit(insn);
        mc.depth = k;
        mc.pushReg(T0, false);
    }

    private static void routine(MethodCompiler mc, int k, int n, String name, String desc) {
        mc.calls.passArguments(k, n);
        mc.a.jal(RA, mc.sym.routine(name));
        mc.calls.finishCall(k, Type.getReturnType(desc));
    }
}
