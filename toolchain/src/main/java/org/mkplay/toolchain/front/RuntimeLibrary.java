package org.mkplay.toolchain.front;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;

/**
 * Our JDK subset: the Java sources under resources/mkplay-rt, compiled once per JVM by javac and renamed
 * so that e.g. org.mkplay.rt.JString becomes java/lang/String. User code then links against them like any
 * other class. The class org/mkplay/rt/Native holds compiler intrinsics (see ir.build.IntrinsicOps).
 */
public final class RuntimeLibrary {
    /**
     * Runtime class → JDK class it implements: org/mkplay/rt/J&lt;Name&gt; becomes java/lang/&lt;Name&gt;, or
     * java/util/ or java/io/ for the names listed in {@link #OTHER_PACKAGES}; a class nested in one of them is
     * renamed with it (JMap$Entry becomes java/util/Map$Entry). Other runtime classes keep their names (internal).
     */
    public static String jdkName(String runtimeName) {
        String prefix = "org/mkplay/rt/J";
        if (!runtimeName.startsWith(prefix) || runtimeName.indexOf('/', prefix.length()) >= 0) return null;
        String simple = runtimeName.substring(prefix.length());
        int nested = simple.indexOf('$');
        String outer = nested < 0 ? simple : simple.substring(0, nested);
        if (outer.isEmpty() || !Character.isUpperCase(outer.charAt(0))) return null;
        return OTHER_PACKAGES.getOrDefault(outer, "java/lang/") + simple;
    }

    private static final Map<String, String> OTHER_PACKAGES = otherPackages();

    private static Map<String, String> otherPackages() {
        Map<String, String> packages = new java.util.HashMap<>();
        for (String io : List.of("PrintStream", "IOException", "Closeable")) packages.put(io, "java/io/");
        for (String util : List.of(
                "Iterator",
                "Objects",
                "Collection",
                "AbstractCollection",
                "List",
                "AbstractList",
                "ArrayList",
                "LinkedList",
                "Set",
                "AbstractSet",
                "HashSet",
                "LinkedHashSet",
                "Map",
                "AbstractMap",
                "HashMap",
                "LinkedHashMap",
                "Queue",
                "Deque",
                "ArrayDeque",
                "Comparator",
                "Collections",
                "Arrays",
                "NoSuchElementException",
                "ConcurrentModificationException",
                "UnknownFormatConversionException",
                "MissingFormatArgumentException",
                "MissingFormatWidthException",
                "IllegalFormatConversionException",
                "Optional",
                "StringJoiner",
                "TreeMap",
                "TreeSet",
                "PriorityQueue",
                "SortedMap",
                "NavigableMap",
                "SortedSet",
                "NavigableSet",
                "AbstractQueue")) {
            packages.put(util, "java/util/");
        }
        for (String function : List.of(
                "Function",
                "BiFunction",
                "Supplier",
                "Consumer",
                "BiConsumer",
                "Predicate",
                "BiPredicate",
                "UnaryOperator",
                "BinaryOperator",
                "IntFunction",
                "ToIntFunction",
                "ToLongFunction",
                "ToIntBiFunction",
                "IntPredicate",
                "IntUnaryOperator",
                "IntBinaryOperator",
                "IntConsumer",
                "IntSupplier",
                "BooleanSupplier",
                "LongSupplier",
                "LongUnaryOperator",
                "LongBinaryOperator",
                "LongFunction",
                "IntToLongFunction",
                "ObjIntConsumer")) {
            packages.put(function, "java/util/function/");
        }
        return Map.copyOf(packages);
    }

    private static Map<String, byte[]> classes; // internal name (after renaming) → class file
    /** The library classes user-profile sources may name: the raw syscall and the IPC buffer (internal names). */
    public static final java.util.List<String> USER_API =
            java.util.List.of("org/mkplay/rt/Syscall", "org/mkplay/rt/IpcBuffer");
    /** The user API's package (docs/mk-api.md): every class in it is visible to user-profile sources too. */
    public static final String MK_PACKAGE = "org/mkplay/mk/";

    /** The USER_API classes and the mk package by binary name, for javac's classpath. */
    public static Map<String, byte[]> userApi() {
        Map<String, byte[]> api = new LinkedHashMap<>();
        for (String name : USER_API) api.put(name.replace('/', '.'), classes().get(name));
        classes().keySet().stream()
                .filter(n -> n.startsWith(MK_PACKAGE))
                .sorted()
                .forEach(n -> api.put(n.replace('/', '.'), classes().get(n)));
        return api;
    }

    private RuntimeLibrary() {}

    public static synchronized Map<String, byte[]> classes() {
        if (classes == null) classes = build();
        return classes;
    }

    private static Map<String, byte[]> build() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String path : read("index.txt").split("\n")) {
            if (!path.isBlank()) sources.put(path.trim(), read(path.trim()));
        }
        Javac.Output out = Javac.compile(sources, VmmagicClasses.classes()); // for Abi's constants (inlined)
        if (!out.errors().isEmpty())
            throw new IllegalStateException("runtime library does not compile: " + out.errors());
        Map<String, String> renames = new java.util.HashMap<>();
        for (String name : out.classes().keySet()) {
            if (jdkName(name) != null) renames.put(name, jdkName(name));
        }
        SimpleRemapper remapper = new SimpleRemapper(renames);
        Map<String, byte[]> result = new LinkedHashMap<>();
        out.classes().forEach((name, bytes) -> {
            ClassWriter cw = new ClassWriter(0);
            new ClassReader(bytes).accept(new ClassRemapper(cw, remapper), 0);
            result.put(renames.getOrDefault(name, name), cw.toByteArray());
        });
        return Map.copyOf(result);
    }

    private static String read(String path) {
        try (InputStream in = RuntimeLibrary.class.getResourceAsStream("/mkplay-rt/" + path)) {
            if (in == null) throw new IllegalStateException("missing runtime resource mkplay-rt/" + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read runtime resource " + path, e);
        }
    }
}
