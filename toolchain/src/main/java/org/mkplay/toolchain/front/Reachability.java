package org.mkplay.toolchain.front;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Whole-program reachability (rapid type analysis): starting from main, the runtime's fault reporters and the
 * class initialisers, a method is reachable if it is called directly, or if it implements a selector
 * (name + descriptor) that reachable code invokes virtually on a class that reachable code instantiates.
 * While walking, every construct outside the supported Java subset becomes a {@link Diagnostic};
 * every reachable method is walked before the caller decides to fail.
 */
public final class Reachability {
    public static final String NATIVE = "org/mkplay/rt/Native";
    public static final String VMMAGIC = "org/mkplay/vmmagic/";
    private static final String ASSERTIONS_DISABLED = "$assertionsDisabled";

    private final ClassPool pool;
    private final Profile profile;
    private final Map<String, ClassPool.MethodRef> methods = new LinkedHashMap<>();
    private final Set<String> instantiated = new LinkedHashSet<>();
    private final Set<String> selectors = new LinkedHashSet<>();
    private final Set<String> usedClasses = new LinkedHashSet<>();
    private final Set<String> arrayTypes = new LinkedHashSet<>();
    private final Set<String> diagnosticKeys = new LinkedHashSet<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Deque<ClassPool.MethodRef> work = new ArrayDeque<>();
    /** Where each method was first reached from; names the error for a method that has no line numbers. */
    private final Map<String, Site> reachedFrom = new LinkedHashMap<>();

    private Site scanning = new Site("<program>", 0);
    private ClassPool.MethodRef trapHandler, syscallHandler;
    private ClassPool.MethodRef main;
    private List<String> runtimeRoots = List.of();

    private record Site(String file, int line) {}

    public Reachability(ClassPool pool, Profile profile) {
        this.pool = pool;
        this.profile = profile;
    }

    public Map<String, ClassPool.MethodRef> methods() {
        return methods;
    }

    public Set<String> instantiated() {
        return instantiated;
    }

    public Set<String> selectors() {
        return selectors;
    }

    public Set<String> usedClasses() {
        return usedClasses;
    }

    public Set<String> arrayTypes() {
        return arrayTypes;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public Profile profile() {
        return profile;
    }
    /** The kernel's {@code @TrapHandler} method (kernel profile), or null. */
    public ClassPool.MethodRef trapHandler() {
        return trapHandler;
    }

    /** The kernel's {@code @SyscallHandler} method (kernel profile, only beside a trap handler), or null. */
    public ClassPool.MethodRef syscallHandler() {
        return syscallHandler;
    }

    /**
     * Whether static method m may be entered other than through an {@code invokestatic} the compiler translated
     * (whose call site runs the class initialisation the JVM ties to it): main from the start routine, the trap
     * handler from the trap glue, the runtime's roots from assembly routines and generated checks. Such a method
     * initialises its own class at entry; every other static method relies on its callers.
     */
    public boolean enteredFromOutside(String owner, String name, String desc) {
        String key = owner + "." + name + desc;
        return (main != null && main.key().equals(key))
                || (trapHandler != null && trapHandler.key().equals(key))
                || (syscallHandler != null && syscallHandler.key().equals(key))
                || runtimeRoots.contains(owner);
    }

    /** Runs the analysis from main and the runtime roots. */
    public void run(ClassPool.MethodRef main) {
        this.main = main;
        useClass("java/lang/Object");
        instantiate("java/lang/String");
        arrayTypes.add("[C");
        arrayTypes.add("[Ljava/lang/String;");
        arrayTypes.add("[I");
        List<String> runtime = profile == Profile.KERNEL
                ? List.of("org/mkplay/rt/Fault", "org/mkplay/rt/Rt", "org/mkplay/rt/Unwinder")
                : List.of(
                        "org/mkplay/rt/Fault",
                        "org/mkplay/rt/Rt",
                        "org/mkplay/rt/Unwinder",
                        "org/mkplay/rt/Gc"); // Gc: rt_alloc's slow path
        runtimeRoots = runtime;
        for (String rtClass : runtime) {
            for (MethodNode m : pool.get(rtClass).methods) addMethod(new ClassPool.MethodRef(pool.get(rtClass), m));
        }
        addMethod(main);
        if (profile == Profile.KERNEL) {
            trapHandler = VmmagicCheck.findTrapHandler(pool, this::error);
            if (trapHandler != null) addMethod(trapHandler); // reached from the trap glue
            syscallHandler = VmmagicCheck.findSyscallHandler(pool, this::error);
            if (syscallHandler != null && trapHandler == null) {
                error(
                        sourceFile(syscallHandler.owner()),
                        firstLine(syscallHandler.method()),
                        "@SyscallHandler method " + syscallHandler.owner().name.replace('/', '.') + "."
                                + syscallHandler.method().name + " without a @TrapHandler method is");
                syscallHandler = null;
            }
            if (syscallHandler != null) addMethod(syscallHandler); // reached from the trap glue's system-call way
        }
        while (!work.isEmpty()) scan(work.poll());
        diagnostics.sort(java.util.Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line));
    }

    private void addMethod(ClassPool.MethodRef ref) {
        if (methods.putIfAbsent(ref.key(), ref) != null) return;
        reachedFrom.put(ref.key(), scanning);
        useClass(ref.owner().name);
        work.add(ref);
    }

    private void useClass(String name) {
        if (name.startsWith("[")) {
            arrayTypes.add(name);
            Type elem = Type.getType(name).getElementType();
            if (elem.getSort() == Type.OBJECT) useClass(elem.getInternalName());
            return;
        }
        if (!usedClasses.add(name)) return;
        ClassNode c = pool.get(name);
        if (c == null) return;
        checkSupertypesKnown(c);
        if (c.superName != null) useClass(c.superName);
        for (String i : c.interfaces) useClass(i);
        MethodNode clinit = ClassPool.declared(c, "<clinit>", "()V");
        if (clinit != null) addMethod(new ClassPool.MethodRef(c, clinit));
    }

    /** A class cannot be laid out over a JDK supertype the runtime library lacks (e.g. java.io.Serializable). */
    private void checkSupertypesKnown(ClassNode c) {
        List<String> supertypes = new ArrayList<>(c.interfaces);
        if (c.superName != null) supertypes.add(c.superName);
        for (String s : supertypes) {
            if (vmmagicRefused(s, sourceFile(c), declarationLine(c))) continue;
            if (pool.get(s) == null) error(sourceFile(c), declarationLine(c), "class " + s.replace('/', '.') + " is");
        }
    }

    static String sourceFile(ClassNode c) {
        return c.sourceFile == null ? c.name + ".java" : c.sourceFile;
    }

    /** Class files do not record the line of a class header; the earliest line of its code is the nearest. */
    private static int declarationLine(ClassNode c) {
        int best = 0;
        for (MethodNode m : c.methods) {
            int line = firstLine(m);
            if (line > 0 && (best == 0 || line < best)) best = line;
        }
        return best;
    }

    private void instantiate(String name) {
        useClass(name);
        if (!instantiated.add(name)) return;
        ClassNode c = pool.get(name);
        for (String sel : selectors) addVirtualTarget(c, sel);
    }

    private void invokeSelector(String name, String desc) {
        String sel = name + desc;
        if (!selectors.add(sel)) return;
        for (String cls : new ArrayList<>(instantiated)) addVirtualTarget(pool.get(cls), sel);
    }

    private void addVirtualTarget(ClassNode c, String sel) {
        int paren = sel.indexOf('(');
        ClassPool.MethodRef r = pool.selectVirtual(c, sel.substring(0, paren), sel.substring(paren));
        if (r != null) addMethod(r);
    }

    // ---- walking one method ----

    private void scan(ClassPool.MethodRef ref) {
        ClassNode owner = ref.owner();
        MethodNode m = ref.method();
        String file = sourceFile(owner);
        int firstLine = firstLine(m);
        Site from = reachedFrom.get(ref.key());
        if (firstLine == 0 && from.line() > 0) { // no code (native) or no debug info: blame the call
            file = from.file();
            firstLine = from.line();
        }
        checkMethodHeader(owner, m, file, firstLine);
        if (profile == Profile.KERNEL && VmmagicCheck.mentionsVmmagic(m)) {
            new VmmagicCheck(owner, m, file, this::error, trapHandler != null).run(firstLine);
        }
        java.util.Set<AbstractInsnNode> monitorRethrows = new java.util.HashSet<>();
        for (TryCatchBlockNode t : m.tryCatchBlocks) {
            AbstractInsnNode rethrow = t.type == null ? monitorReleaseRethrow(t.handler) : null;
            if (rethrow != null) monitorRethrows.add(rethrow); // javac's unlock-and-rethrow for synchronized blocks
            else if (t.type != null && classKnown(t.type, file, lineOf(t.handler, firstLine)))
                useClass(t.type); // a catch type's descriptor is tested by the unwinder
        }
        int line = firstLine;
        boolean inSynchronized = false;
        for (AbstractInsnNode insn = m.instructions.getFirst(); insn != null; insn = insn.getNext()) {
            if (insn instanceof LineNumberNode ln) line = ln.line;
            if (insn.getOpcode() < 0 || monitorRethrows.contains(insn)) continue;
            // a synchronized block is one construct: its monitorexit (at the closing brace) is not a second error
            if (insn.getOpcode() == Opcodes.MONITOREXIT && inSynchronized) continue;
            inSynchronized |= insn.getOpcode() == Opcodes.MONITORENTER;
            if (isAssertGuard(insn)) {
                error(file, line, "assert statement is");
                insn = ((JumpInsnNode) insn.getNext()).label; // the check itself is not scanned: one error per assert
                continue;
            }
            scanning = new Site(file, line);
            scanInsn(insn, file, line);
        }
    }

    /**
     * javac compiles {@code assert} to "getstatic $assertionsDisabled; ifne past-the-check", the flag being set
     * in &lt;clinit&gt; from Class.desiredAssertionStatus (reflection, which we do not have).
     */
    private static boolean isAssertGuard(AbstractInsnNode insn) {
        return insn instanceof FieldInsnNode f
                && f.getOpcode() == Opcodes.GETSTATIC
                && f.name.equals(ASSERTIONS_DISABLED)
                && insn.getNext() instanceof JumpInsnNode j
                && j.getOpcode() == Opcodes.IFNE;
    }

    /** The class literal and call in &lt;clinit&gt; that set $assertionsDisabled (the asserts are reported). */
    private static boolean isAssertionStatusQuery(AbstractInsnNode insn) {
        return insn instanceof MethodInsnNode mi
                && mi.owner.equals("java/lang/Class")
                && mi.name.equals("desiredAssertionStatus");
    }

    /** If a catch-all handler is javac's "monitorexit; athrow" for a synchronized block, its athrow. */
    private static AbstractInsnNode monitorReleaseRethrow(AbstractInsnNode handler) {
        boolean sawExit = false;
        int budget = 8;
        for (AbstractInsnNode i = handler; i != null && budget > 0; i = i.getNext()) {
            if (i.getOpcode() < 0) continue;
            budget--;
            if (i.getOpcode() == Opcodes.MONITOREXIT) sawExit = true;
            if (i.getOpcode() == Opcodes.ATHROW) return sawExit ? i : null;
        }
        return null;
    }

    private void checkMethodHeader(ClassNode owner, MethodNode m, String file, int line) {
        boolean user = pool.isUser(owner.name);
        if ((m.access & Opcodes.ACC_SYNCHRONIZED) != 0) error(file, line, "synchronized method " + m.name + " is");
        if (user && (m.access & Opcodes.ACC_NATIVE) != 0) error(file, line, "native method " + m.name + " is");
        if (hasFloat(m.desc)) error(file, line, "floating point (float/double) is");
        if (user) vmmagicRefused(m.desc, file, line);
        if (m.invisibleAnnotations != null) m.invisibleAnnotations.forEach(an -> vmmagicRefused(an.desc, file, line));
    }

    private static boolean hasFloat(String desc) {
        return desc.contains("F") && floatIn(desc) || desc.contains("D") && floatIn(desc);
    }

    private static boolean floatIn(String desc) {
        // skip class names (L...;) which may legitimately contain the letters F and D
        boolean inName = false;
        for (char ch : desc.toCharArray()) {
            if (inName) {
                if (ch == ';') inName = false;
            } else if (ch == 'L') {
                inName = true;
            } else if (ch == 'F' || ch == 'D') {
                return true;
            }
        }
        return false;
    }

    private void scanInsn(AbstractInsnNode insn, String file, int line) {
        int op = insn.getOpcode();
        if (op == Opcodes.ATHROW) useClass("java/lang/Throwable");
        String unsupported = Subset.unsupportedOpcode(op);
        if (unsupported != null) {
            error(file, line, unsupported);
            return;
        }
        if (insn instanceof MethodInsnNode mi) {
            scanCall(mi, file, line);
        } else if (insn instanceof FieldInsnNode fi) {
            scanField(fi, file, line);
        } else if (insn instanceof TypeInsnNode ti) {
            scanType(ti, file, line);
        } else if (insn instanceof MultiANewArrayInsnNode ma) {
            if (!vmmagicRefused(ma.desc, file, line) && !kernelVmmagic(ma.desc) && classKnown(ma.desc, file, line)) {
                for (String d = ma.desc; d.startsWith("["); d = d.substring(1)) useClass(d);
            }
        } else if (insn instanceof LdcInsnNode ldc) {
            scanLdc(ldc, file, line);
        } else if (insn instanceof InvokeDynamicInsnNode indy) {
            scanIndy(indy, file, line);
        } else {
            scanNewArray(insn, file, line);
        }
    }

    private void scanNewArray(AbstractInsnNode insn, String file, int line) {
        if (insn.getOpcode() == Opcodes.NEWARRAY) {
            int t = ((org.objectweb.asm.tree.IntInsnNode) insn).operand;
            if (t == Opcodes.T_FLOAT || t == Opcodes.T_DOUBLE) error(file, line, "floating point (float/double) is");
            else arrayTypes.add(Subset.primitiveArrayDescriptor(t));
        }
    }

    private void scanCall(MethodInsnNode mi, String file, int line) {
        if (mi.owner.equals(NATIVE) || isAssertionStatusQuery(mi)) return;
        if (mi.owner.startsWith(VMMAGIC)) {
            if (profile == Profile.KERNEL) return; // an intrinsic: VmmagicCheck checks it, nothing is reached
            String what = "intrinsic " + mi.owner.replace('/', '.') + "." + mi.name;
            error(file, line, what + " outside the kernel profile is");
            return;
        }
        if (mi.owner.startsWith("[")) {
            useClass(mi.owner);
            if (mi.name.equals("clone")) return; // rt_clone
            mi = new MethodInsnNode(mi.getOpcode(), "java/lang/Object", mi.name, mi.desc, false);
        }
        if (vmmagicRefused(mi.desc, file, line) || !classKnown(mi.owner, file, line)) return;
        if (hasFloat(mi.desc)) {
            error(file, line, "floating point (float/double) is");
            return;
        }
        ClassPool.MethodRef r = pool.resolveMethod(mi.owner, mi.name, mi.desc);
        if (r == null) {
            error(file, line, "method " + mi.owner.replace('/', '.') + "." + mi.name + " is");
            return;
        }
        switch (mi.getOpcode()) {
            case Opcodes.INVOKESTATIC, Opcodes.INVOKESPECIAL -> addMethod(r);
            default -> {
                useClass(mi.owner);
                if ((r.method().access & Opcodes.ACC_PRIVATE) != 0) addMethod(r);
                else invokeSelector(mi.name, mi.desc);
            }
        }
    }

    private void scanField(FieldInsnNode fi, String file, int line) {
        if (fi.name.equals(ASSERTIONS_DISABLED)) return; // only ever written by <clinit>; reads are asserts
        if (vmmagicRefused(fi.owner, file, line) || vmmagicRefused(fi.desc, file, line) || kernelVmmagic(fi.owner))
            return;
        if (!classKnown(fi.owner, file, line)) return;
        if (fi.desc.equals("F") || fi.desc.equals("D")) {
            error(file, line, "floating point (float/double) is");
            return;
        }
        ClassPool.FieldRef f = pool.resolveField(fi.owner, fi.name);
        if (f == null) {
            error(file, line, "field " + fi.owner.replace('/', '.') + "." + fi.name + " is");
            return;
        }
        useClass(f.owner().name);
        if (fi.desc.startsWith("[")) useClass(fi.desc);
    }

    private void scanType(TypeInsnNode ti, String file, int line) {
        String name = ti.desc;
        // for NEW, the constructor call that follows is the (one) reported reference
        if (ti.getOpcode() == Opcodes.NEW ? refusesVmmagic(name) : vmmagicRefused(name, file, line)) return;
        if (kernelVmmagic(name)) return; // VmmagicCheck reports it
        if (ti.getOpcode() == Opcodes.ANEWARRAY) name = name.startsWith("[") ? "[" + name : "[L" + name + ";";
        String elem = name.startsWith("[") ? Type.getType(name).getElementType().getInternalName() : name;
        if (name.startsWith("[") && Type.getType(name).getElementType().getSort() != Type.OBJECT) {
            if (hasFloat(name)) {
                error(file, line, "floating point (float/double) is");
                return;
            }
            useClass(name);
            return;
        }
        if (!classKnown(elem, file, line)) return;
        if (ti.getOpcode() == Opcodes.NEW) {
            ClassNode c = pool.get(name);
            if ((c.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) == 0) instantiate(name);
        } else {
            useClass(name);
        }
    }

    private void scanLdc(LdcInsnNode ldc, String file, int line) {
        Object c = ldc.cst;
        if (c instanceof Integer || c instanceof Long || c instanceof String) return;
        String what = c instanceof Float || c instanceof Double
                ? "floating point (float/double) is"
                : c instanceof Type t && t.getSort() == Type.METHOD
                        ? "method type constant (java.lang.invoke) is"
                        : c instanceof Type
                                ? "class literal (reflection) is"
                                : c instanceof Handle
                                        ? "method handle constant (java.lang.invoke) is"
                                        : "dynamic constant (condy) is";
        if (!isAssertionStatusQuery(ldc.getNext())) error(file, line, what);
    }

    private void scanIndy(InvokeDynamicInsnNode indy, String file, int line) {
        Handle bsm = indy.bsm;
        boolean concat = bsm.getOwner().equals("java/lang/invoke/StringConcatFactory")
                && indy.name.equals("makeConcatWithConstants");
        if (!concat) {
            String what = bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory")
                    ? "lambda expression or method reference is"
                    : "invokedynamic (" + bsm.getOwner().replace('/', '.') + "." + bsm.getName() + ") is";
            error(file, line, what);
            return;
        }
        instantiate("java/lang/StringBuilder");
        ClassNode sb = pool.get("java/lang/StringBuilder");
        for (Type arg : Type.getArgumentTypes(indy.desc)) {
            if (arg.getSort() == Type.FLOAT || arg.getSort() == Type.DOUBLE) {
                error(file, line, "floating point (float/double) is");
                return;
            }
            String d = Subset.appendDescriptor(arg);
            addMethod(new ClassPool.MethodRef(sb, ClassPool.declared(sb, "append", d)));
        }
        addMethod(new ClassPool.MethodRef(
                sb, ClassPool.declared(sb, "append", Subset.appendDescriptor(Type.getType(String.class)))));
        addMethod(new ClassPool.MethodRef(sb, ClassPool.declared(sb, "toString", "()Ljava/lang/String;")));
    }

    /**
     * Outside the kernel profile, a name or descriptor mentioning an org.mkplay.vmmagic class is an error
     * (memory safety of user code). Compile-time constants of those classes are inlined by javac and leave
     * no reference to check.
     */
    private boolean vmmagicRefused(String nameOrDescriptor, String file, int line) {
        if (!refusesVmmagic(nameOrDescriptor)) return false;
        int at = nameOrDescriptor.indexOf(VMMAGIC);
        int end = nameOrDescriptor.indexOf(';', at);
        String cls = nameOrDescriptor.substring(at, end < 0 ? nameOrDescriptor.length() : end);
        error(file, line, cls.replace('/', '.') + " outside the kernel profile is");
        return true;
    }

    /** In the kernel profile, vmmagic classes are not in the pool: their uses are VmmagicCheck's. */
    private boolean kernelVmmagic(String nameOrDescriptor) {
        return profile == Profile.KERNEL && nameOrDescriptor.contains(VMMAGIC);
    }

    private boolean refusesVmmagic(String nameOrDescriptor) {
        return profile != Profile.KERNEL && nameOrDescriptor.contains(VMMAGIC);
    }

    private boolean classKnown(String name, String file, int line) {
        if (name.startsWith("[")) {
            Type t = Type.getType(name).getElementType();
            if (t.getSort() != Type.OBJECT) return true;
            name = t.getInternalName();
        }
        if (pool.get(name) != null) return true;
        error(file, line, "class " + name.replace('/', '.') + " is");
        return false;
    }

    private void error(String file, int line, String constructIs) {
        String message = constructIs + " not supported";
        if (diagnosticKeys.add(file + ":" + line + ":" + message)) diagnostics.add(new Diagnostic(file, line, message));
    }

    static int firstLine(MethodNode m) {
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof LineNumberNode ln) return ln.line;
        }
        return 0;
    }

    private static int lineOf(AbstractInsnNode at, int fallback) {
        for (AbstractInsnNode i = at; i != null; i = i.getNext()) {
            if (i instanceof LineNumberNode ln) return ln.line;
        }
        return fallback;
    }
}
