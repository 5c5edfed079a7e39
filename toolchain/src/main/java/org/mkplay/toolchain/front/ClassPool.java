package org.mkplay.toolchain.front;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * All classes of a program (user classes + runtime library) by internal name, with JVM-style member lookup.
 * Library classes are parsed when first named ({@link #addLazily}): a program uses a small part of the library.
 */
public final class ClassPool {
    private final Map<String, ClassNode> classes = new HashMap<>();
    private final Map<String, Boolean> userClasses = new HashMap<>();
    private final Map<String, byte[]> unparsed = new HashMap<>();

    /** A method and the class that declares it. */
    public record MethodRef(ClassNode owner, MethodNode method) {
        public String key() {
            return owner.name + "." + method.name + method.desc;
        }
    }

    /** A field and the class that declares it. */
    public record FieldRef(ClassNode owner, FieldNode field) {}

    public void add(byte[] classFile, boolean user) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        if (node.name.equals("java/lang/Object")) node.superName = null; // the runtime's JObject is the root
        // javac guards enum-switch maps with catch (NoSuchFieldError); in a closed world the field always exists
        node.methods.forEach(m -> m.tryCatchBlocks.removeIf(t -> "java/lang/NoSuchFieldError".equals(t.type)));
        classes.put(node.name, node);
        userClasses.put(node.name, user);
        for (ClassNode made : Bootstraps.resolve(node)) { // lambdas and records: plain classes and calls from here on
            classes.put(made.name, made);
            userClasses.put(made.name, user);
        }
    }

    /** A library class, parsed (and added as by {@code add(classFile, false)}) when {@link #get} first asks for it. */
    public void addLazily(String name, byte[] classFile) {
        unparsed.put(name, classFile);
    }

    public ClassNode get(String name) {
        ClassNode c = classes.get(name);
        if (c != null) return c;
        byte[] classFile = unparsed.remove(name);
        if (classFile == null) return null;
        add(classFile, false);
        return classes.get(name);
    }

    public boolean isUser(String name) {
        return Boolean.TRUE.equals(userClasses.get(name));
    }

    /** The classes parsed so far: every user class, and the library classes named until now. */
    public Iterable<ClassNode> all() {
        return java.util.List.copyOf(classes.values()); // a snapshot: a caller's lookups may parse more classes
    }

    public boolean isInterface(ClassNode c) {
        return (c.access & Opcodes.ACC_INTERFACE) != 0;
    }

    public static MethodNode declared(ClassNode c, String name, String desc) {
        for (MethodNode m : c.methods) if (m.name.equals(name) && m.desc.equals(desc)) return m;
        return null;
    }

    /** JVM method resolution (JVMS 5.4.3.3/4): the class chain first, then superinterfaces (maximally specific default). */
    public MethodRef resolveMethod(String owner, String name, String desc) {
        for (ClassNode c = get(owner); c != null; c = c.superName == null ? null : get(c.superName)) {
            MethodNode m = declared(c, name, desc);
            if (m != null) return new MethodRef(c, m);
        }
        return resolveInInterfaces(get(owner), name, desc);
    }

    private MethodRef resolveInInterfaces(ClassNode start, String name, String desc) {
        MethodRef abstractFound = null;
        for (ClassNode c = start; c != null; c = c.superName == null ? null : get(c.superName)) {
            for (String i : c.interfaces) {
                ClassNode in = get(i);
                if (in == null) continue;
                MethodNode m = declared(in, name, desc);
                if (m != null && (m.access & Opcodes.ACC_ABSTRACT) == 0) return new MethodRef(in, m);
                if (m != null && abstractFound == null) abstractFound = new MethodRef(in, m);
                MethodRef deeper = resolveInInterfaces(in, name, desc);
                if (deeper != null && (deeper.method().access & Opcodes.ACC_ABSTRACT) == 0) return deeper;
                if (deeper != null && abstractFound == null) abstractFound = deeper;
            }
        }
        return abstractFound;
    }

    /** The implementation a virtual call with this selector runs on an object of class c (null if none). */
    public MethodRef selectVirtual(ClassNode c, String name, String desc) {
        for (ClassNode k = c; k != null; k = k.superName == null ? null : get(k.superName)) {
            MethodNode m = declared(k, name, desc);
            if (m != null && (m.access & Opcodes.ACC_STATIC) == 0 && (m.access & Opcodes.ACC_PRIVATE) == 0) {
                return (m.access & Opcodes.ACC_ABSTRACT) == 0 ? new MethodRef(k, m) : null;
            }
        }
        MethodRef r = resolveInInterfaces(c, name, desc);
        return r != null && (r.method().access & Opcodes.ACC_ABSTRACT) == 0 ? r : null;
    }

    /** JVM field resolution: the class, its superinterfaces, then its superclass. */
    public FieldRef resolveField(String owner, String name) {
        ClassNode c = get(owner);
        if (c == null) return null;
        for (FieldNode f : c.fields) if (f.name.equals(name)) return new FieldRef(c, f);
        for (String i : c.interfaces) {
            FieldRef r = resolveField(i, name);
            if (r != null) return r;
        }
        return c.superName == null ? null : resolveField(c.superName, name);
    }

    /** True if sub is cls or a subclass/implementor of cls. */
    public boolean isSubtype(String sub, String cls) {
        if (sub.equals(cls)) return true;
        ClassNode c = get(sub);
        if (c == null) return false;
        if (c.superName != null && isSubtype(c.superName, cls)) return true;
        for (String i : c.interfaces) if (isSubtype(i, cls)) return true;
        return false;
    }
}
