package org.mkplay.toolchain.front;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The invokedynamic bootstraps javac emits for lambdas, method references and records, resolved at compile
 * time into plain bytecode (the JVM runs them when the instruction first executes; we have no run-time code
 * generation). The rest of the pipeline then sees ordinary classes and calls.
 * <ul>
 * <li>{@code LambdaMetafactory.metafactory}/{@code altMetafactory}: a class {@code Host$$Lambda$N} implementing
 *     the functional interface (and any marker interfaces), with the captured values as final fields, a static
 *     factory that replaces the invokedynamic (non-capturing lambdas return one shared instance, as on the JVM),
 *     and the interface method (plus bridges) forwarding to the implementation method with the conversions
 *     the metafactory makes: boxing, unboxing, primitive widening and reference casts.</li>
 * <li>{@code ObjectMethods.bootstrap} (records): a static method of the record class computing what the JDK
 *     17's ObjectMethods computes: {@code toString} as {@code Point[x=1, y=2]} (the simple name, components
 *     through {@code String.valueOf}); {@code hashCode} as {@code h = 31 * h + hash(c)} over the components in
 *     order, from 0, each hashed by its wrapper's static {@code hashCode} or {@code Objects.hashCode};
 *     {@code equals} true for the same object, false for an object of another class, else the components
 *     compared last to first ({@code ==} for primitives, {@code Objects.equals} otherwise).</li>
 * </ul>
 * An invokedynamic left alone (another bootstrap) is reported by {@link Reachability}.
 */
public final class Bootstraps {
    private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";
    private static final String OBJECT_METHODS = "java/lang/runtime/ObjectMethods";
    private static final int FLAG_MARKERS = 2, FLAG_BRIDGES = 4; // LambdaMetafactory.FLAG_*

    private final ClassNode host;
    private final List<ClassNode> made = new ArrayList<>();
    private int line;

    private Bootstraps(ClassNode host) {
        this.host = host;
    }

    /**
     * A method made here: a lambda class's or a record's. The JVM's equivalents are hidden frames, which its stack
     * traces leave out, so ours do too.
     */
    public static boolean isHidden(String owner, String method) {
        return owner.contains(LAMBDA_CLASS) || method.startsWith(RECORD_METHOD);
    }

    private static final String LAMBDA_CLASS = "$$Lambda$";
    private static final String RECORD_METHOD = "record$";

    /** Rewrites host's lambda and record invokedynamics in place; returns the classes made for its lambdas. */
    static List<ClassNode> resolve(ClassNode host) {
        Bootstraps b = new Bootstraps(host);
        for (MethodNode m : List.copyOf(host.methods)) {
            if (b.hasIndy(m)) b.resolve(m);
        }
        return b.made;
    }

    private boolean hasIndy(MethodNode m) {
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i.getType() == AbstractInsnNode.INVOKE_DYNAMIC_INSN) return true;
        }
        return false;
    }

    private void resolve(MethodNode m) {
        line = 0;
        for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
            if (i instanceof LineNumberNode ln) line = ln.line;
            if (!(i instanceof InvokeDynamicInsnNode indy)) continue;
            MethodInsnNode call = resolve(indy);
            if (call == null) continue;
            m.instructions.set(indy, call);
            i = call;
        }
    }

    private MethodInsnNode resolve(InvokeDynamicInsnNode indy) {
        String bsm = indy.bsm.getOwner();
        if (bsm.equals(LAMBDA_METAFACTORY)) return lambda(indy);
        if (bsm.equals(OBJECT_METHODS) && indy.bsm.getName().equals("bootstrap")) return recordMethod(indy);
        return null;
    }

    // ---- lambdas and method references ----

    private MethodInsnNode lambda(InvokeDynamicInsnNode indy) {
        Object[] args = indy.bsmArgs;
        Type sam = (Type) args[0];
        Handle impl = (Handle) args[1];
        Type instantiated = (Type) args[2];
        List<String> interfaces =
                new ArrayList<>(List.of(Type.getReturnType(indy.desc).getInternalName()));
        List<Type> bridges = new ArrayList<>();
        if (indy.bsm.getName().equals("altMetafactory")) {
            int flags = (Integer) args[3];
            int k = 4;
            if ((flags & FLAG_MARKERS) != 0) {
                int n = (Integer) args[k++];
                for (int j = 0; j < n; j++) {
                    String marker = ((Type) args[k++]).getInternalName();
                    if (!marker.equals("java/io/Serializable")) interfaces.add(marker); // no serialization here
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int n = (Integer) args[k++];
                for (int j = 0; j < n; j++) bridges.add((Type) args[k++]);
            }
        } else if (!indy.bsm.getName().equals("metafactory")) {
            return null;
        }
        ClassNode c = lambdaClass(indy, interfaces);
        Type[] captured = Type.getArgumentTypes(indy.desc);
        constructor(c, captured);
        factory(c, indy.desc, captured);
        forwarder(c, indy.name, sam, impl, instantiated, captured);
        for (Type bridge : bridges) forwarder(c, indy.name, bridge, impl, instantiated, captured);
        made.add(c);
        return new MethodInsnNode(INVOKESTATIC, c.name, "make", indy.desc, false);
    }

    private ClassNode lambdaClass(InvokeDynamicInsnNode indy, List<String> interfaces) {
        ClassNode c = new ClassNode();
        c.version = V17;
        c.access = ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC;
        c.name = host.name + LAMBDA_CLASS + made.size();
        c.superName = "java/lang/Object";
        c.interfaces = interfaces;
        c.sourceFile = host.sourceFile;
        Type[] captured = Type.getArgumentTypes(indy.desc);
        for (int k = 0; k < captured.length; k++) {
            c.fields.add(new FieldNode(ACC_PRIVATE | ACC_FINAL, "arg$" + k, captured[k].getDescriptor(), null, null));
        }
        if (captured.length == 0) {
            c.fields.add(new FieldNode(ACC_PRIVATE | ACC_STATIC, "instance", "L" + c.name + ";", null, null));
        }
        return c;
    }

    private MethodVisitor method(ClassNode c, int access, String name, String desc) {
        MethodNode m = new MethodNode(access, name, desc, null, null);
        c.methods.add(m);
        m.visitCode();
        Label start = new Label();
        m.visitLabel(start);
        if (line > 0) m.visitLineNumber(line, start);
        return m;
    }

    private static void end(MethodVisitor mv, int maxStack, int maxLocals) {
        mv.visitMaxs(maxStack, maxLocals);
        mv.visitEnd();
    }

    private void constructor(ClassNode c, Type[] captured) {
        String desc = Type.getMethodDescriptor(Type.VOID_TYPE, captured);
        MethodVisitor mv = method(c, ACC_PRIVATE, "<init>", desc);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int k = 0; k < captured.length; k++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitVarInsn(captured[k].getOpcode(ILOAD), slot);
            mv.visitFieldInsn(PUTFIELD, c.name, "arg$" + k, captured[k].getDescriptor());
            slot += captured[k].getSize();
        }
        mv.visitInsn(RETURN);
        end(mv, 3, slot);
    }

    /** What replaces the invokedynamic: a new instance with the captured values, or the shared one. */
    private void factory(ClassNode c, String indyDesc, Type[] captured) {
        MethodVisitor mv = method(c, ACC_STATIC, "make", indyDesc);
        String self = "L" + c.name + ";";
        Label create = new Label();
        if (captured.length == 0) {
            mv.visitFieldInsn(GETSTATIC, c.name, "instance", self);
            mv.visitJumpInsn(IFNULL, create);
            mv.visitFieldInsn(GETSTATIC, c.name, "instance", self);
            mv.visitInsn(ARETURN);
            mv.visitLabel(create);
        }
        mv.visitTypeInsn(NEW, c.name);
        mv.visitInsn(DUP);
        int slot = 0;
        for (Type t : captured) {
            mv.visitVarInsn(t.getOpcode(ILOAD), slot);
            slot += t.getSize();
        }
        mv.visitMethodInsn(INVOKESPECIAL, c.name, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured), false);
        if (captured.length == 0) {
            mv.visitInsn(DUP);
            mv.visitFieldInsn(PUTSTATIC, c.name, "instance", self);
        }
        mv.visitInsn(ARETURN);
        end(mv, 3 + slot, slot);
    }

    /** The interface method (of type sam): captured values, then its parameters, adapted to impl's and passed on. */
    private void forwarder(ClassNode c, String name, Type sam, Handle impl, Type instantiated, Type[] captured) {
        MethodVisitor mv = method(c, ACC_PUBLIC, name, sam.getDescriptor());
        boolean ctor = impl.getTag() == H_NEWINVOKESPECIAL;
        if (ctor) {
            mv.visitTypeInsn(NEW, impl.getOwner());
            mv.visitInsn(DUP);
        }
        List<Type> implParams = new ArrayList<>();
        if (impl.getTag() == H_INVOKEVIRTUAL
                || impl.getTag() == H_INVOKEINTERFACE
                || impl.getTag() == H_INVOKESPECIAL) {
            implParams.add(Type.getObjectType(impl.getOwner()));
        }
        implParams.addAll(List.of(Type.getArgumentTypes(impl.getDesc())));
        int p = 0;
        for (int k = 0; k < captured.length; k++, p++) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, c.name, "arg$" + k, captured[k].getDescriptor());
            convert(mv, captured[k], captured[k], implParams.get(p));
        }
        Type[] samArgs = sam.getArgumentTypes();
        Type[] instArgs = instantiated.getArgumentTypes();
        int slot = 1;
        for (int k = 0; k < samArgs.length; k++, p++) {
            mv.visitVarInsn(samArgs[k].getOpcode(ILOAD), slot);
            slot += samArgs[k].getSize();
            convert(mv, samArgs[k], instArgs[k], implParams.get(p));
        }
        invoke(mv, impl);
        Type result = ctor ? Type.getObjectType(impl.getOwner()) : Type.getReturnType(impl.getDesc());
        convert(mv, result, instantiated.getReturnType(), sam.getReturnType());
        mv.visitInsn(sam.getReturnType().getOpcode(IRETURN));
        end(mv, 4 + 2 * implParams.size(), slot);
    }

    private static void invoke(MethodVisitor mv, Handle impl) {
        int op = switch (impl.getTag()) {
            case H_INVOKESTATIC -> INVOKESTATIC;
            case H_INVOKEVIRTUAL -> INVOKEVIRTUAL;
            case H_INVOKEINTERFACE -> INVOKEINTERFACE;
            default -> INVOKESPECIAL; // a private method of the host, or a constructor
        };
        mv.visitMethodInsn(op, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
    }

    /**
     * The metafactory's adaptation of a value of type from (whose instantiated type is via) to type to:
     * widening, boxing, unboxing (through via's wrapper when it names one) and reference casts.
     */
    private static void convert(MethodVisitor mv, Type from, Type via, Type to) {
        if (from.equals(to)) return;
        if (to.getSort() == Type.VOID) {
            mv.visitInsn(from.getSize() == 2 ? POP2 : POP);
        } else if (isPrimitive(from) && isPrimitive(to)) {
            widen(mv, from, to);
        } else if (isPrimitive(from)) {
            String box = wrapper(from);
            mv.visitMethodInsn(INVOKESTATIC, box, "valueOf", "(" + from.getDescriptor() + ")L" + box + ";", false);
            if (!to.getInternalName().equals(box) && !to.getInternalName().equals("java/lang/Object")) {
                mv.visitTypeInsn(CHECKCAST, to.getInternalName());
            }
        } else if (isPrimitive(to)) {
            Type unboxed = via.getSort() == Type.OBJECT && primitiveOf(via.getInternalName()) != null
                    ? primitiveOf(via.getInternalName())
                    : to;
            String box = wrapper(unboxed);
            mv.visitTypeInsn(CHECKCAST, box);
            mv.visitMethodInsn(
                    INVOKEVIRTUAL, box, unboxed.getClassName() + "Value", "()" + unboxed.getDescriptor(), false);
            widen(mv, unboxed, to);
        } else if (!to.getInternalName().equals("java/lang/Object")) {
            mv.visitTypeInsn(CHECKCAST, to.getInternalName());
        }
    }

    private static boolean isPrimitive(Type t) {
        return t.getSort() != Type.OBJECT && t.getSort() != Type.ARRAY && t.getSort() != Type.VOID;
    }

    /** int-like to long (javac's lambdas need no other widening in the integer subset; floats are refused). */
    private static void widen(MethodVisitor mv, Type from, Type to) {
        if (to.getSort() == Type.LONG && from.getSort() != Type.LONG) mv.visitInsn(I2L);
    }

    private static final String[][] WRAPPERS = {
        {"Z", "java/lang/Boolean"}, {"C", "java/lang/Character"}, {"B", "java/lang/Byte"}, {"S", "java/lang/Short"},
        {"I", "java/lang/Integer"}, {"J", "java/lang/Long"}, {"F", "java/lang/Float"}, {"D", "java/lang/Double"}
    };

    private static String wrapper(Type primitive) {
        for (String[] w : WRAPPERS) if (w[0].equals(primitive.getDescriptor())) return w[1];
        throw new IllegalArgumentException(primitive.toString());
    }

    private static Type primitiveOf(String wrapper) {
        for (String[] w : WRAPPERS) if (w[1].equals(wrapper)) return Type.getType(w[0]);
        return null;
    }

    // ---- records ----

    private MethodInsnNode recordMethod(InvokeDynamicInsnNode indy) {
        Object[] args = indy.bsmArgs;
        String record = ((Type) args[0]).getInternalName();
        List<Handle> components = new ArrayList<>();
        for (int k = 2; k < args.length; k++) components.add((Handle) args[k]);
        String[] names = ((String) args[1]).isEmpty() ? new String[0] : ((String) args[1]).split(";");
        String name = RECORD_METHOD + indy.name;
        MethodVisitor mv = method(host, ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, name, indy.desc);
        switch (indy.name) {
            case "toString" -> recordToString(mv, simpleName(record), names, components);
            case "hashCode" -> recordHashCode(mv, components);
            case "equals" -> recordEquals(mv, record, components);
            default -> {
                host.methods.remove(host.methods.size() - 1);
                return null;
            }
        }
        return new MethodInsnNode(INVOKESTATIC, host.name, name, indy.desc, false);
    }

    /** Class.getSimpleName: the inner name javac recorded, else the name after the package. */
    private String simpleName(String record) {
        for (InnerClassNode ic : host.innerClasses) {
            if (ic.name.equals(record) && ic.innerName != null) return ic.innerName;
        }
        return record.substring(record.lastIndexOf('/') + 1);
    }

    private static final String SB = "java/lang/StringBuilder";

    private static void recordToString(MethodVisitor mv, String simpleName, String[] names, List<Handle> components) {
        mv.visitTypeInsn(NEW, SB);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, SB, "<init>", "()V", false);
        String text = simpleName + "[";
        for (int k = 0; k < components.size(); k++) {
            text += (k == 0 ? "" : ", ") + names[k] + "=";
            appendText(mv, text);
            text = "";
            Handle getter = components.get(k);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc());
            mv.visitMethodInsn(
                    INVOKEVIRTUAL, SB, "append", Subset.appendDescriptor(Type.getType(getter.getDesc())), false);
        }
        appendText(mv, text + "]");
        mv.visitMethodInsn(INVOKEVIRTUAL, SB, "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(ARETURN);
        end(mv, 4, 1);
    }

    private static void appendText(MethodVisitor mv, String text) {
        mv.visitLdcInsn(text);
        mv.visitMethodInsn(INVOKEVIRTUAL, SB, "append", "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
    }

    private static void recordHashCode(MethodVisitor mv, List<Handle> components) {
        mv.visitInsn(ICONST_0);
        for (Handle getter : components) {
            mv.visitIntInsn(BIPUSH, 31);
            mv.visitInsn(IMUL);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc());
            Type t = Type.getType(getter.getDesc());
            switch (t.getSort()) {
                case Type.INT,
                        Type.SHORT,
                        Type.BYTE,
                        Type.CHAR -> {} // Integer/Short/Byte/Character.hashCode: the value
                case Type.LONG -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Long", "hashCode", "(J)I", false);
                case Type.BOOLEAN -> mv.visitMethodInsn(INVOKESTATIC, "java/lang/Boolean", "hashCode", "(Z)I", false);
                case Type.OBJECT, Type.ARRAY ->
                    mv.visitMethodInsn(INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false);
                default -> {} // float/double components are refused with the record's accessors
            }
            mv.visitInsn(IADD);
        }
        mv.visitInsn(IRETURN);
        end(mv, 6, 1);
    }

    private static void recordEquals(MethodVisitor mv, String record, List<Handle> components) {
        Label notSame = new Label(), same = new Label(), differ = new Label();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitJumpInsn(IF_ACMPNE, notSame);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(notSame);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(INSTANCEOF, record);
        mv.visitJumpInsn(IFEQ, differ);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitTypeInsn(CHECKCAST, record);
        mv.visitVarInsn(ASTORE, 2);
        for (int k = components.size() - 1; k >= 0; k--) { // the JDK's guardWithTest chain tests the last first
            Handle getter = components.get(k);
            for (int obj = 0; obj <= 2; obj += 2) {
                mv.visitVarInsn(ALOAD, obj);
                mv.visitFieldInsn(GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc());
            }
            switch (Type.getType(getter.getDesc()).getSort()) {
                case Type.LONG -> {
                    mv.visitInsn(LCMP);
                    mv.visitJumpInsn(IFNE, differ);
                }
                case Type.OBJECT, Type.ARRAY -> {
                    mv.visitMethodInsn(
                            INVOKESTATIC,
                            "java/util/Objects",
                            "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z",
                            false);
                    mv.visitJumpInsn(IFEQ, differ);
                }
                default -> mv.visitJumpInsn(IF_ICMPNE, differ);
            }
        }
        mv.visitLabel(same);
        mv.visitInsn(ICONST_1);
        mv.visitInsn(IRETURN);
        mv.visitLabel(differ);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(IRETURN);
        end(mv, 6, 3);
    }
}
