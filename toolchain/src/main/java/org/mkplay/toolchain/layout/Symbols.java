package org.mkplay.toolchain.layout;

import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.ClassPool;

/**
 * What the code generator needs from the linker: labels of methods, descriptors, statics, strings, routines
 * (and, as a {@link Resolver}, the program's classes and their layout).
 */
public interface Symbols extends Resolver {
    Assembler asm();

    Label method(ClassPool.MethodRef m);
    /** Descriptor of a class (internal name) or array type (descriptor). */
    Label descriptor(String classOrArray);

    Label staticField(ClassPool.FieldRef f);

    /**
     * The static's offset from the label {@code statics} (the block of statics laid out before any code), or -1 if
     * it is not in that block.
     */
    int staticOffset(ClassPool.FieldRef f);

    Label initFlag(String cls);

    Label initRoutine(String cls);
    /** A String object for this literal (interned per image). */
    Label string(String value);
    /** Table of descriptor addresses for multianewarray: descs[k] = descriptor of the type with k leading '[' removed. */
    Label arrayDescriptorTable(String arrayDesc, int dims);
    /** A hand-written assembly routine (link.AssemblyRoutines): rt_alloc, rt_newarray, rt_putc, rt_exit... */
    Label routine(String name);
    /** Records a call for the unwind tables (return address, line, handlers). */
    void callSite(Unwind.CallSite site);
    /** Records a method's code range and frame for the unwind tables. */
    void frame(Unwind.Frame frame);
    /** A user-profile program placed in the kernel: its system calls jump to the trap vector (rt_ecall), no ecall. */
    boolean inKernel();
}
