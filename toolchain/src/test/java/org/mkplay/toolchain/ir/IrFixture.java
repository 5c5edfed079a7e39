package org.mkplay.toolchain.ir;

import java.util.Map;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Javac;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.front.Reachability;
import org.mkplay.toolchain.front.RuntimeLibrary;
import org.mkplay.toolchain.front.VmmagicClasses;
import org.mkplay.toolchain.ir.build.Builder;
import org.mkplay.toolchain.ir.pass.Passes;
import org.mkplay.toolchain.link.Linker;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Compiles a small program as the compiler does and gives the IR of one of its methods, raw or optimised. */
final class IrFixture {
    private final ClassPool pool = new ClassPool();
    private final Linker linker;

    /** {@code source} is class Main with a main method that calls the methods under test. */
    IrFixture(String source) {
        Javac.Output out = Javac.compile(Map.of("Main.java", source), VmmagicClasses.classes());
        if (!out.errors().isEmpty())
            throw new IllegalArgumentException(out.errors().toString());
        RuntimeLibrary.classes().forEach((name, bytes) -> pool.add(bytes, false));
        out.classes().forEach((name, bytes) -> pool.add(bytes, true));
        ClassNode main = pool.get("Main");
        ClassPool.MethodRef entry =
                new ClassPool.MethodRef(main, ClassPool.declared(main, "main", "([Ljava/lang/String;)V"));
        Reachability reach = new Reachability(pool, Profile.KERNEL);
        reach.run(entry);
        if (!reach.diagnostics().isEmpty())
            throw new IllegalArgumentException(reach.diagnostics().toString());
        linker = new Linker(pool, reach);
        linker.beginText(entry);
        for (ClassPool.MethodRef m : reach.methods().values()) {
            if ((m.method().access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0)
                Compiler.compileMethod(linker, m);
        }
        linker.finish();
    }

    private ClassPool.MethodRef method(String cls, String name) {
        ClassNode c = pool.get(cls);
        for (MethodNode m : c.methods) if (m.name.equals(name)) return new ClassPool.MethodRef(c, m);
        throw new IllegalArgumentException("no method " + name);
    }

    /** The IR as the builder makes it from the bytecode. */
    IrMethod raw(String name) {
        return raw("Main", name);
    }

    /** The same for a method of another class of the program. */
    IrMethod raw(String cls, String name) {
        ClassPool.MethodRef m = method(cls, name);
        return Builder.build(linker, m.owner(), m.method());
    }

    /** The IR after all passes, as the code generator sees it. */
    IrMethod optimised(String name) {
        return optimised("Main", name);
    }

    IrMethod optimised(String cls, String name) {
        return Passes.optimise(Builder.build(linker, method(cls, name)));
    }
}
