package org.mkplay.toolchain.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mkplay.toolchain.errors.Rows.error;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Constructs today's javac never emits but class files may hold (the compiler also accepts class
 * directories): subroutines (jsr/ret, class files before version 50) and java.lang.invoke constants.
 * The classes are written with ASM, with a SourceFile attribute and line numbers like javac's.
 */
class ClassFileConstructsTest {
    @Test
    void subroutinesAreRefusedAtTheirLine() throws Exception {
        CompileResult r = compileMain(Opcodes.V1_4, mv -> {
            Label sub = new Label(), after = new Label();
            mv.visitJumpInsn(Opcodes.JSR, sub);
            mv.visitJumpInsn(Opcodes.GOTO, after);
            mv.visitLabel(sub);
            mv.visitVarInsn(Opcodes.ASTORE, 1);
            mv.visitVarInsn(Opcodes.RET, 1);
            mv.visitLabel(after);
        });
        assertEquals(error("Main.java", 7, "jsr/ret bytecode"), r.formattedDiagnostics());
    }

    @Test
    void invokeConstantsAreRefusedAtTheirLine() throws Exception {
        Handle handle = new Handle(Opcodes.H_INVOKESTATIC, "Main", "main", "([Ljava/lang/String;)V", false);
        CompileResult r = compileMain(Opcodes.V17, mv -> {
            mv.visitLdcInsn(handle);
            mv.visitInsn(Opcodes.POP);
            mv.visitLdcInsn(Type.getMethodType("()V"));
            mv.visitInsn(Opcodes.POP);
            mv.visitLdcInsn(new ConstantDynamic("seven", "I", handle));
            mv.visitInsn(Opcodes.POP);
        });
        assertEquals(
                error("Main.java", 7, "method handle constant (java.lang.invoke)")
                        + error("Main.java", 7, "method type constant (java.lang.invoke)")
                        + error("Main.java", 7, "dynamic constant (condy)"),
                r.formattedDiagnostics());
    }

    /** A class Main whose main method is {@code body} at line 7 followed by a return. */
    private static CompileResult compileMain(int version, Consumer<MethodVisitor> body) throws Exception {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Main", null, "java/lang/Object", null);
        cw.visitSource("Main.java", null);
        MethodVisitor mv =
                cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        Label start = new Label();
        mv.visitLabel(start);
        mv.visitLineNumber(7, start);
        body.accept(mv);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        Path dir = Files.createTempDirectory("mkplay-classes");
        Files.write(dir.resolve("Main.class"), cw.toByteArray());
        return Compiler.compile(CompileRequest.ofClassDirectory(dir, "Main", Profile.STANDALONE));
    }
}
