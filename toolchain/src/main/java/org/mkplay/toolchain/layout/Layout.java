package org.mkplay.toolchain.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Reachability;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Object and class layout of a compiled program.
 *
 * <p><b>Objects</b>: word 0 (8 bytes) holds the address of the class descriptor; instance fields follow,
 * one 8-byte slot each, superclass fields first, in declaration order (field k at offset 8 + 8k). An int
 * field is accessed with lw/sw, a byte with lb/sb, a char with lhu/sh, a long or reference with ld/sd.
 * <b>Arrays</b>: word 0 descriptor, word 1 the length (an int in an 8-byte slot), elements from offset 16,
 * packed at their natural size (boolean/byte 1, char/short 2, int 4, long/reference 8).
 *
 * <p><b>Class descriptors</b> (read-only data, one per class and array type in use):
 * +0 kind (0 class, 1 primitive array, 2 reference array), +8 superclass descriptor (0 for Object),
 * +16 name (a String object, the JVM's Class.getName form), +24 itable (address of an array of code
 * addresses indexed by interface-method selector, or 0), +32 interface set (address of a byte table
 * indexed by interface id, or 0), +40 log2 element size (arrays), +48 vtable (one code address per
 * virtual method slot; a subclass extends its superclass's vtable, overriding slots in place).
 * Reference arrays keep their element type's descriptor at +24 (DESC_ELEMENT; arrays have no itable), for
 * covariant type tests. Interfaces (kind 3) have Object as superclass, an interface set holding themselves
 * and their superinterfaces, and their interface id at +40 (DESC_INTERFACE_ID).
 */
public final class Layout {
    public static final int HEADER = 8, ARRAY_LENGTH = 8, ARRAY_DATA = 16;
    public static final int DESC_KIND = 0,
            DESC_SUPER = 8,
            DESC_NAME = 16,
            DESC_ITABLE = 24,
            DESC_INTERFACES = 32,
            DESC_ELEM_SHIFT = 40,
            DESC_VTABLE = 48,
            DESC_ELEMENT = 24,
            DESC_INTERFACE_ID = 40;
    public static final int DESC_GC_SIZE = -8, DESC_GC_MAP = -16;
    public static final int KIND_CLASS = 0, KIND_PRIMITIVE_ARRAY = 1, KIND_REFERENCE_ARRAY = 2, KIND_INTERFACE = 3;

    /** Layout facts about one class or interface. */
    public static final class ClassInfo {
        public final ClassNode node;
        public final ClassInfo superInfo;
        public final boolean isInterface;
        final Map<String, Integer> fieldOffsets = new HashMap<>(); // own instance fields
        public int instanceSize;
        public final List<String> vtable = new ArrayList<>(); // selectors (name + desc) by slot
        final Map<String, Integer> vtableIndex = new HashMap<>();
        public int interfaceId = -1; // interfaces only
        public boolean needsInit; // has a <clinit>, or (for classes) its superclass needs one
        public final Set<String> allInterfaces = new LinkedHashSet<>();

        ClassInfo(ClassNode node, ClassInfo superInfo, boolean isInterface) {
            this.node = node;
            this.superInfo = superInfo;
            this.isInterface = isInterface;
        }

        public String name() {
            return node.name;
        }

        public boolean hasClinit() {
            return ClassPool.declared(node, "<clinit>", "()V") != null;
        }

        /** Offset of an instance field declared in this class. */
        public int fieldOffset(String name) {
            Integer o = fieldOffsets.get(name);
            if (o == null) throw new IllegalStateException("no field " + node.name + "." + name);
            return o;
        }

        /** vtable slot of a selector, or -1. */
        public int vtableSlot(String selector) {
            return vtableIndex.getOrDefault(selector, -1);
        }
    }

    private final ClassPool pool;
    private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
    private final List<String> interfaceSelectors = new ArrayList<>();
    private final Map<String, Integer> interfaceSelectorIndex = new HashMap<>();
    private int interfaceCount;

    public Layout(ClassPool pool, Reachability reach) {
        this.pool = pool;
        for (String name : reach.usedClasses()) info(name);
        for (ClassInfo ci : classes.values()) {
            if (!ci.isInterface) continue;
            for (MethodNode m : ci.node.methods) {
                boolean instance = (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0;
                String sel = m.name + m.desc;
                if (instance && !m.name.startsWith("<") && !interfaceSelectorIndex.containsKey(sel)) {
                    interfaceSelectorIndex.put(sel, interfaceSelectors.size());
                    interfaceSelectors.add(sel);
                }
            }
        }
    }

    public Iterable<ClassInfo> classes() {
        return classes.values();
    }

    public ClassInfo get(String name) {
        return classes.get(name);
    }

    public ClassInfo info(String name) {
        ClassInfo ci = classes.get(name);
        if (ci != null) return ci;
        ClassNode node = pool.get(name);
        if (node == null) throw new IllegalStateException("unknown class " + name);
        ClassInfo sup = node.superName == null ? null : info(node.superName);
        boolean isInterface = (node.access & Opcodes.ACC_INTERFACE) != 0;
        ci = new ClassInfo(node, isInterface ? null : sup, isInterface);
        for (String i : node.interfaces) {
            ClassInfo ii = info(i);
            ci.allInterfaces.add(i);
            ci.allInterfaces.addAll(ii.allInterfaces);
        }
        if (ci.superInfo != null) ci.allInterfaces.addAll(ci.superInfo.allInterfaces);
        if (isInterface) {
            ci.interfaceId = interfaceCount++;
            ci.needsInit = ci.hasClinit();
        } else {
            layoutFields(ci);
            layoutVtable(ci);
            addDefaultMethodSlots(ci);
            ci.needsInit = ci.hasClinit() || (ci.superInfo != null && ci.superInfo.needsInit);
        }
        classes.put(name, ci);
        return ci;
    }

    private static void layoutFields(ClassInfo ci) {
        int offset = ci.superInfo == null ? HEADER : ci.superInfo.instanceSize;
        for (FieldNode f : ci.node.fields) {
            if ((f.access & Opcodes.ACC_STATIC) != 0) continue;
            ci.fieldOffsets.put(f.name, offset);
            offset += 8;
        }
        ci.instanceSize = offset;
    }

    private static void layoutVtable(ClassInfo ci) {
        if (ci.superInfo != null) {
            ci.vtable.addAll(ci.superInfo.vtable);
            ci.vtableIndex.putAll(ci.superInfo.vtableIndex);
        }
        for (MethodNode m : ci.node.methods) {
            if ((m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) != 0 || m.name.startsWith("<")) continue;
            addSlot(ci, m.name + m.desc);
        }
    }

    /** Default methods a class inherits get vtable slots too, so virtual calls through the class work. */
    private void addDefaultMethodSlots(ClassInfo ci) {
        for (String i : ci.allInterfaces) {
            for (MethodNode m : classes.get(i).node.methods) {
                if ((m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_ABSTRACT)) == 0
                        && !m.name.startsWith("<")) {
                    addSlot(ci, m.name + m.desc);
                }
            }
        }
    }

    private static void addSlot(ClassInfo ci, String sel) {
        if (ci.vtableIndex.containsKey(sel)) return;
        ci.vtableIndex.put(sel, ci.vtable.size());
        ci.vtable.add(sel);
    }

    public List<String> interfaceSelectors() {
        return interfaceSelectors;
    }

    public int interfaceSelector(String selector) {
        return interfaceSelectorIndex.getOrDefault(selector, -1);
    }

    public int interfaceCount() {
        return interfaceCount;
    }

    /** Field offset for a resolved instance field. */
    public int fieldOffset(ClassPool.FieldRef f) {
        return info(f.owner().name).fieldOffset(f.field().name);
    }

    /**
     * Whether a field of this JVM type descriptor holds a reference the collector traces: an object or array, but
     * not the kernel's vmmagic types, which compile to raw words.
     */
    public static boolean isReference(String fieldDesc) {
        return fieldDesc.startsWith("[") || fieldDesc.startsWith("L") && !fieldDesc.startsWith("Lorg/mkplay/vmmagic/");
    }

    /**
     * The collector's reference map of a class's instances: bit k of word k / 64 is set when the 8-byte word k of
     * the object (word 0 is the header) holds a reference. Emitted before the descriptor (see Descriptors).
     */
    public long[] referenceMap(ClassInfo ci) {
        long[] map = new long[Math.max(1, (ci.instanceSize / 8 + 63) / 64)];
        for (ClassInfo c = ci; c != null; c = c.superInfo) {
            for (FieldNode f : c.node.fields) {
                if ((f.access & Opcodes.ACC_STATIC) != 0 || !isReference(f.desc)) continue;
                int word = c.fieldOffset(f.name) / 8;
                map[word / 64] |= 1L << (word % 64);
            }
        }
        return map;
    }

    /** Instances larger than this keep the address of their reference map before the descriptor, not the map. */
    public static final int INLINE_MAP_LIMIT = 512;

    /** Element type of a reference array ("[LFoo;" → "Foo", "[[I" → "[I"), or null for anything else. */
    public static String referenceElement(String classOrArray) {
        if (!classOrArray.startsWith("[")) return null;
        char c = classOrArray.charAt(1);
        if (c == '[') return classOrArray.substring(1);
        return c == 'L' ? classOrArray.substring(2, classOrArray.length() - 1) : null;
    }

    /** log2 of the element size for an array descriptor ("[I" → 2). */
    public static int elementShift(String arrayDesc) {
        return switch (arrayDesc.charAt(1)) {
            case 'Z', 'B' -> 0;
            case 'C', 'S' -> 1;
            case 'I', 'F' -> 2;
            default -> 3;
        };
    }
}
