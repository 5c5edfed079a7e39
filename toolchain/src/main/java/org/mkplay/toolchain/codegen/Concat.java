package org.mkplay.toolchain.codegen;

import static org.mkplay.toolchain.asm.Reg.*;

import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Subset;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * javac's string concatenation (invokedynamic makeConcatWithConstants): the recipe's literal text, \u0001
 * (next argument) and \u0002 (next bootstrap constant) are compiled to a StringBuilder chain:
 * Rt.newBuilder(), append(...) per piece (append returns the builder in a0), toString().
 */
final class Concat {
    private Concat() {}

    static void emit(MethodCompiler mc, InvokeDynamicInsnNode indy) {
        Assembler a = mc.a;
        Type[] args = Type.getArgumentTypes(indy.desc);
        int base = mc.depth - args.length;
        String recipe = (String) indy.bsmArgs[0];
        mc.saveLive(mc.depth);
        ClassNode rt = mc.sym.pool().get("org/mkplay/rt/Rt");
        a.jal(RA, mc.sym.method(new ClassPool.MethodRef(rt, ClassPool.declared(rt, "newBuilder", "()Ljava/lang/StringBuilder;"))));
        StringBuilder text = new StringBuilder();
        int arg = 0, constant = 1;
        for (int i = 0; i < recipe.length(); i++) {
            char c = recipe.charAt(i);
            if (c == '\u0001') {
                appendText(mc, text);
                mc.savedInto(base + arg, A1);
                call(mc, Subset.appendDescriptor(args[arg]));
                arg++;
            } else if (c == '\u0002') {
                text.append(indy.bsmArgs[constant++]);
            } else {
                text.append(c);
            }
        }
        appendText(mc, text);
        ClassNode sb = mc.sym.pool().get("java/lang/StringBuilder");
        a.jal(RA, mc.sym.method(new ClassPool.MethodRef(sb, ClassPool.declared(sb, "toString", "()Ljava/lang/String;"))));
        mc.depth = base;
        mc.restoreLive(base);
        mc.pushReg(A0, true);
    }

    private static void appendText(MethodCompiler mc, StringBuilder text) {
        if (text.length() == 0) return;
        mc.a.la(A1, mc.sym.string(text.toString()));
        call(mc, "(Ljava/lang/String;)Ljava/lang/StringBuilder;");
        text.setLength(0);
    }

    private static void call(MethodCompiler mc, String desc) {
        ClassNode sb = mc.sym.pool().get("java/lang/StringBuilder");
        mc.a.jal(RA, mc.sym.method(new ClassPool.MethodRef(sb, ClassPool.declared(sb, "append", desc))));
    }
}
