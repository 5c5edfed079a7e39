package org.mkplay.toolchain.front;

import static org.objectweb.asm.Opcodes.*;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Kernel profile: the rules for org.mkplay.vmmagic in one method. An Address compiles to a raw 64-bit value,
 * so everything that would need it to be an object is refused: {@code new}, arrays, casts and
 * {@code instanceof}, {@code ==} and null tests (on the JVM those compare objects), and an Address flowing
 * where another type is expected (an Object parameter, field, array element or return value, string
 * concatenation). Calls must name a compiled intrinsic ({@link KernelIntrinsic}) and the CSR number of a
 * Csr call must be a constant 0..0xfff. Where values flow is found by an analysis that types Address
 * values apart from other references ({@link AddressInterpreter}).
 */
final class VmmagicCheck {
    interface Errors {
        void error(String file, int line, String constructIs);
    }

    private static final String VMMAGIC = Reachability.VMMAGIC;
    private static final String HANDLER_DESC = "(L" + KernelIntrinsic.ADDRESS + ";)L" + KernelIntrinsic.ADDRESS + ";";

    private final ClassNode owner;
    private final MethodNode m;
    private final String file;
    private final Errors errors;
    private final boolean haveTrapHandler;
    private Frame<BasicValue>[] frames;
    private int line;

    VmmagicCheck(ClassNode owner, MethodNode m, String file, Errors errors, boolean haveTrapHandler) {
        this.owner = owner;
        this.m = m;
        this.file = file;
        this.errors = errors;
        this.haveTrapHandler = haveTrapHandler;
    }

    /**
     * The user method annotated {@code @TrapHandler}, or null. It must be {@code static Address name(Address)};
     * a second one is an error (the glue calls exactly one).
     */
    static ClassPool.MethodRef findTrapHandler(ClassPool pool, Errors errors) {
        return findHandler(pool, errors, KernelIntrinsic.TRAP_HANDLER, "@TrapHandler");
    }

    /** The same for {@code @SyscallHandler} (the glue's way for an ecall from U-mode), or null. */
    static ClassPool.MethodRef findSyscallHandler(ClassPool pool, Errors errors) {
        return findHandler(pool, errors, KernelIntrinsic.SYSCALL_HANDLER, "@SyscallHandler");
    }

    private static ClassPool.MethodRef findHandler(ClassPool pool, Errors errors, String annotation, String name) {
        java.util.List<ClassPool.MethodRef> found = new java.util.ArrayList<>();
        for (ClassNode c : pool.all()) {
            if (!pool.isUser(c.name)) continue;
            for (MethodNode method : c.methods) {
                if (isAnnotated(method, annotation)) found.add(new ClassPool.MethodRef(c, method));
            }
        }
        found.sort(java.util.Comparator.comparing(ClassPool.MethodRef::key));
        ClassPool.MethodRef handler = null;
        for (ClassPool.MethodRef r : found) {
            String file = Reachability.sourceFile(r.owner());
            int line = Reachability.firstLine(r.method());
            String where = name + " method " + r.owner().name.replace('/', '.') + "." + r.method().name;
            if (!r.method().desc.equals(HANDLER_DESC) || (r.method().access & ACC_STATIC) == 0) {
                errors.error(file, line, where + " not declared static Address " + r.method().name + "(Address) is");
            } else if (handler != null) {
                errors.error(file, line, "a second " + where + " is");
            } else {
                handler = r;
            }
        }
        return handler;
    }

    private static boolean isAnnotated(MethodNode method, String annotation) {
        return method.invisibleAnnotations != null
                && method.invisibleAnnotations.stream().anyMatch(an -> an.desc.equals(annotation));
    }

    /** True if the method's signature or code names an org.mkplay.vmmagic class (else there is nothing to check). */
    static boolean mentionsVmmagic(MethodNode m) {
        if (m.desc.contains(VMMAGIC)) return true;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            String s = i instanceof MethodInsnNode mi
                    ? mi.owner + mi.desc
                    : i instanceof FieldInsnNode fi
                            ? fi.owner + fi.desc
                            : i instanceof TypeInsnNode ti
                                    ? ti.desc
                                    : i instanceof MultiANewArrayInsnNode ma
                                            ? ma.desc
                                            : i instanceof InvokeDynamicInsnNode indy ? indy.desc : "";
            if (s.contains(VMMAGIC)) return true;
        }
        return false;
    }

    void run(int firstLine) {
        try {
            frames = new Analyzer<>(new AddressInterpreter()).analyze(owner.name, m);
        } catch (AnalyzerException e) {
            throw new IllegalStateException(
                    "bytecode analysis failed for " + owner.name + "." + m.name + ": " + e.getMessage(), e);
        }
        line = firstLine;
        if (m.desc.contains("[L" + VMMAGIC)) error(arrayOf(m.desc));
        AbstractInsnNode[] insns = m.instructions.toArray();
        for (int k = 0; k < insns.length; k++) {
            if (insns[k] instanceof LineNumberNode ln) line = ln.line;
            if (insns[k].getOpcode() >= 0 && frames[k] != null) check(insns[k], frames[k]);
        }
    }

    private void check(AbstractInsnNode insn, Frame<BasicValue> f) {
        int op = insn.getOpcode();
        if (insn instanceof MethodInsnNode mi) call(mi, f);
        else if (insn instanceof FieldInsnNode fi) field(fi, f);
        else if (insn instanceof TypeInsnNode ti) type(ti, f);
        else if (insn instanceof MultiANewArrayInsnNode ma && ma.desc.contains(VMMAGIC)) error(arrayOf(ma.desc));
        else if (insn instanceof InvokeDynamicInsnNode indy) concat(indy, f);
        else if (op == IF_ACMPEQ || op == IF_ACMPNE) {
            if (isAddress(f, 0) || isAddress(f, 1)) error("== or != on Addresses (use eq/ne) is");
        } else if (op == IFNULL || op == IFNONNULL) {
            if (isAddress(f, 0)) error("comparing an Address with null (use isZero) is");
        } else if (op == AASTORE) {
            if (isAddress(f, 0)) error("an Address stored into an array element is");
        } else if (op == ARETURN) {
            expect(f, 0, Type.getReturnType(m.desc), "returned as");
        }
    }

    private void call(MethodInsnNode mi, Frame<BasicValue> f) {
        if (mi.owner.startsWith(VMMAGIC)) intrinsic(mi, f);
        Type[] args = Type.getArgumentTypes(mi.desc);
        if (isStringConversion(mi) && isAddress(f, 0)) {
            error("string conversion of an Address (use toLong) is"); // javac's concat wraps objects in valueOf
            return;
        }
        for (int k = 0; k < args.length; k++) expect(f, args.length - 1 - k, args[k], "passed as");
        if (mi.getOpcode() != INVOKESTATIC && isAddress(f, args.length) && !mi.owner.equals(KernelIntrinsic.ADDRESS)) {
            error("an Address used as " + javaName(mi.owner) + " is");
        }
        if (mi.desc.contains("[L" + VMMAGIC)) error(arrayOf(mi.desc));
    }

    private static boolean isStringConversion(MethodInsnNode mi) {
        return mi.owner.equals("java/lang/String")
                && mi.name.equals("valueOf")
                && mi.desc.equals("(Ljava/lang/Object;)Ljava/lang/String;");
    }

    private void intrinsic(MethodInsnNode mi, Frame<BasicValue> f) {
        KernelIntrinsic in = KernelIntrinsic.find(mi.owner, mi.name, mi.desc);
        String what = "intrinsic " + javaName(mi.owner) + "." + mi.name;
        if (in == null) {
            if (mi.name.equals("<init>")) return; // reported at the 'new'
            boolean jvmOnly = mi.name.equals("equals") || mi.name.equals("hashCode") || mi.name.equals("toString");
            error(what + (jvmOnly ? " (JVM only)" : "") + " is");
        } else if (in.takesCsrNumber()) {
            csrNumber(what, f, Type.getArgumentTypes(mi.desc).length - 1);
        } else if (in.kind() == KernelIntrinsic.Kind.TRAP_VECTOR && !haveTrapHandler) {
            error("Trap.vector() without a @TrapHandler method is");
        }
    }

    /** The CSR number is encoded in the instruction: it must be a constant (javac folds constant expressions). */
    private void csrNumber(String what, Frame<BasicValue> f, int fromTop) {
        BasicValue v = f.getStack(f.getStackSize() - 1 - fromTop);
        if (!(v instanceof AddressInterpreter.IntConstant c) || c.value == null) {
            error("a computed CSR number in " + what + " (it is encoded in the instruction: use a constant) is");
        } else if (c.value < 0 || c.value > 0xfff) {
            error("CSR number " + c.value + " in " + what + " (not 0..0xfff) is");
        }
    }

    private void field(FieldInsnNode fi, Frame<BasicValue> f) {
        if (fi.owner.startsWith(VMMAGIC)) error("field " + javaName(fi.owner) + "." + fi.name + " is");
        if (fi.desc.contains("[L" + VMMAGIC)) error(arrayOf(fi.desc));
        if (fi.getOpcode() == PUTFIELD || fi.getOpcode() == PUTSTATIC) expect(f, 0, Type.getType(fi.desc), "stored as");
    }

    private void type(TypeInsnNode ti, Frame<BasicValue> f) {
        boolean magic = ti.desc.contains(VMMAGIC);
        switch (ti.getOpcode()) {
            case NEW -> {
                if (magic) error("new " + javaName(ti.desc) + " (use Address.fromLong) is");
            }
            case ANEWARRAY -> {
                if (magic) error(arrayOf(ti.desc));
            }
            case CHECKCAST -> {
                if (magic) error("cast to " + javaName(ti.desc) + " is");
            }
            default -> { // INSTANCEOF
                if (magic) error("instanceof " + javaName(ti.desc) + " is");
                else if (isAddress(f, 0)) error("instanceof on an Address is");
            }
        }
    }

    private void concat(InvokeDynamicInsnNode indy, Frame<BasicValue> f) {
        int n = Type.getArgumentTypes(indy.desc).length;
        for (int k = 0; k < n; k++) {
            if (isAddress(f, k)) {
                error("string conversion of an Address (use toLong) is");
                return;
            }
        }
    }

    /** An Address value at depth fromTop may only go where the expected type is Address. */
    private void expect(Frame<BasicValue> f, int fromTop, Type expected, String how) {
        if (isAddress(f, fromTop) && !expected.getDescriptor().equals("L" + KernelIntrinsic.ADDRESS + ";")) {
            error("an Address " + how + " " + expected.getClassName() + " is");
        }
    }

    private static boolean isAddress(Frame<BasicValue> f, int fromTop) {
        int k = f.getStackSize() - 1 - fromTop;
        return k >= 0 && AddressInterpreter.ADDRESS.equals(f.getStack(k));
    }

    private static String arrayOf(String desc) {
        int at = desc.indexOf(VMMAGIC);
        int end = desc.indexOf(';', at);
        return "array of " + javaName(desc.substring(at, end < 0 ? desc.length() : end)) + " is";
    }

    private static String javaName(String internal) {
        return internal.replace('/', '.');
    }

    private void error(String constructIs) {
        errors.error(file, line, constructIs);
    }
}
