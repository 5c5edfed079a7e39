package org.mkplay.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The compiler's packages form layers in pipeline order (toolchain/README.md): each package imports only
 * packages listed before it, so nothing imports upwards and there are no cycles. The dependencies are the
 * compiled classes' as the JDK's jdeps reads them, so a fully qualified name counts as much as an import.
 */
class PackageLayersTest {
    /** Bottom to top; "" is the driver's package. */
    private static final List<String> LAYERS =
            List.of("asm", "elf", "front", "ir", "layout", "ir.build", "ir.pass", "codegen", "link", "");

    private static final String BASE = "org.mkplay.toolchain";

    @Test
    void everyPackageImportsOnlyTheLayersBelowIt() throws Exception {
        List<String[]> edges = dependencies(Path.of(Compiler.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI()));
        assertTrue(edges.size() > 10, "jdeps found the toolchain's dependencies: " + edges.size());
        List<String> violations = new ArrayList<>();
        for (String[] e : edges) {
            int from = layer(e[0]), to = layer(e[1]);
            if (from < 0) violations.add(e[0] + " is not in LAYERS (add it where it belongs)");
            else if (to >= from) violations.add(e[0] + " -> " + e[1]);
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    private static int layer(String pkg) {
        return LAYERS.indexOf(pkg.equals(BASE) ? "" : pkg.substring(BASE.length() + 1));
    }

    /** Package-to-package edges within the toolchain, from {@code jdeps -verbose:package}. */
    private static List<String[]> dependencies(Path classes) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        int status = jdeps.run(
                new PrintWriter(out),
                new PrintWriter(out),
                "-verbose:package",
                "-e",
                "org\\.mkplay\\.toolchain(\\..*)?",
                classes.toString());
        assertEquals(0, status, out.toString());
        List<String[]> edges = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3
                    && f[1].equals("->")
                    && f[0].startsWith(BASE)
                    && f[2].startsWith(BASE)
                    && !f[0].equals(f[2])) {
                edges.add(new String[] {f[0], f[2]});
            }
        }
        return edges;
    }
}
