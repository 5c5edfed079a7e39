package org.mkplay.toolchain.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mkplay.toolchain.front.Javac;
import org.mkplay.toolchain.front.VmmagicClasses;

/**
 * The runtime library's TreeMap on the JVM, before its renaming (as org.mkplay.rt.JTreeMap): random operations keep
 * the red-black invariants and agree with java.util.TreeMap (src/test/resources/rt/TreeMapCheck.java). The corpus
 * compares compiled programs' output; a tree that is correct but unbalanced prints the same, so the balancing itself
 * (its mirror-image cases are one code) is checked here.
 */
class TreeMapInvariantsTest {
    @Test
    void randomOperationsKeepTheInvariantsAndAgreeWithTheJdk() throws Throwable {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String path : read("/mkplay-rt/index.txt").split("\n"))
            if (!path.isBlank()) sources.put(path.trim(), read("/mkplay-rt/" + path.trim()));
        sources.put("org/mkplay/rt/TreeMapCheck.java", read("/rt/TreeMapCheck.java"));
        Javac.Output out = Javac.compile(sources, VmmagicClasses.classes());
        assertEquals(List.of(), out.errors());
        ClassLoader runtime = new ClassLoader(TreeMapInvariantsTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = out.classes().get(name.replace('.', '/'));
                if (bytes == null) throw new ClassNotFoundException(name);
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        try {
            Object summary = runtime.loadClass("org.mkplay.rt.TreeMapCheck")
                    .getMethod("run", int.class, int.class)
                    .invoke(null, 50, 1000);
            assertEquals("50 seeds of 1000 operations", summary);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = TreeMapInvariantsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
