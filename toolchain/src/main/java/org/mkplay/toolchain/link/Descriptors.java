package org.mkplay.toolchain.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mkplay.toolchain.asm.Assembler;
import org.mkplay.toolchain.asm.Label;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.layout.Layout;

/** Emits class and array descriptors, itables and interface sets (format in {@link Layout}). */
final class Descriptors {
    private Descriptors() {}

    static void emit(Linker l, Map<String, Label> descriptors) {
        Assembler a = l.asm();
        Layout layout = l.layout();
        Layout.ClassInfo object = layout.info("java/lang/Object");
        List<Runnable> tables = new ArrayList<>();
        for (Map.Entry<String, Label> e : new ArrayList<>(descriptors.entrySet())) {
            String name = e.getKey();
            a.align(8);
            collectorWords(l, name, tables);
            a.bind(e.getValue());
            if (name.startsWith("[")) {
                String element = Layout.referenceElement(name);
                a.dword(element != null ? Layout.KIND_REFERENCE_ARRAY : Layout.KIND_PRIMITIVE_ARRAY);
                a.dword(l.descriptor("java/lang/Object"), 0);
                a.dword(l.string(name.replace('/', '.')), 0);
                if (element != null) a.dword(l.descriptor(element), 0);
                else a.dword(0);
                a.dword(0);
                a.dword(Layout.elementShift(name));
                vtable(l, object);
            } else {
                Layout.ClassInfo ci = layout.info(name);
                a.dword(ci.isInterface ? Layout.KIND_INTERFACE : Layout.KIND_CLASS);
                if (ci.isInterface) a.dword(l.descriptor("java/lang/Object"), 0);
                else if (ci.superInfo == null) a.dword(0);
                else a.dword(l.descriptor(ci.superInfo.name()), 0);
                a.dword(l.string(name.replace('/', '.')), 0);
                Label itable = a.newLabel("itable"), ifaces = a.newLabel("ifaces");
                boolean hasItable = !ci.isInterface && !ci.allInterfaces.isEmpty();
                boolean hasSet = ci.isInterface || hasItable;
                if (hasItable) a.dword(itable, 0);
                else a.dword(0);
                if (hasSet) {
                    a.dword(ifaces, 0);
                    tables.add(() -> tables(l, ci, hasItable ? itable : null, ifaces));
                } else {
                    a.dword(0);
                }
                a.dword(ci.isInterface ? ci.interfaceId : 0);
                if (!ci.isInterface) vtable(l, ci);
                l.symbol("class " + name.replace('/', '.'), e.getValue(), false);
            }
        }
        for (Runnable r : tables) r.run();
    }

    /** DESC_GC_MAP and DESC_GC_SIZE: a class's reference map (inline, or the address of its words) and size. */
    private static void collectorWords(Linker l, String name, List<Runnable> tables) {
        Assembler a = l.asm();
        Layout.ClassInfo ci = name.startsWith("[") ? null : l.layout().info(name);
        if (ci == null || ci.isInterface) {
            a.dword(0);
            a.dword(0);
            return;
        }
        long[] map = l.layout().referenceMap(ci);
        if (ci.instanceSize <= Layout.INLINE_MAP_LIMIT) {
            a.dword(map[0]);
        } else {
            Label words = a.newLabel("refmap");
            a.dword(words, 0);
            tables.add(() -> {
                a.align(8);
                a.bind(words);
                for (long w : map) a.dword(w);
            });
        }
        a.dword(ci.instanceSize);
    }

    private static void vtable(Linker l, Layout.ClassInfo ci) {
        for (String sel : ci.vtable) l.asm().dword(implementation(l, ci, sel), 0);
    }

    /** Code address a virtual call with this selector reaches on an instance of ci. */
    private static Label implementation(Linker l, Layout.ClassInfo ci, String sel) {
        int paren = sel.indexOf('(');
        ClassPool.MethodRef m = l.pool().selectVirtual(ci.node, sel.substring(0, paren), sel.substring(paren));
        if (m == null || !l.reach().methods().containsKey(m.key())) return l.routine("rt_abstract");
        return l.method(m);
    }

    /** The itable (classes; null for interfaces) and the interface set (an interface's includes itself). */
    private static void tables(Linker l, Layout.ClassInfo ci, Label itable, Label ifaces) {
        Assembler a = l.asm();
        a.align(8);
        if (itable != null) {
            a.bind(itable);
            for (String sel : l.layout().interfaceSelectors()) a.dword(implementation(l, ci, sel), 0);
        }
        a.bind(ifaces);
        byte[] set = new byte[Math.max(1, l.layout().interfaceCount())];
        for (String i : ci.allInterfaces) set[l.layout().info(i).interfaceId] = 1;
        if (ci.isInterface) set[ci.interfaceId] = 1;
        a.bytes(set);
    }
}
