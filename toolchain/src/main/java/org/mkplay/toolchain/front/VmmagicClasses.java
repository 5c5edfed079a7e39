package org.mkplay.toolchain.front;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.mkplay.vmmagic.Address;

/**
 * The class files javac sees besides the platform when compiling user sources: package org.mkplay.vmmagic (not
 * its host subpackage), and the machine's constants in org.mkplay.riscv.priv and org.mkplay.riscv.board (which
 * javac inlines, so that kernel code can name CSRs and device addresses; they have no code to compile). Read
 * from wherever the toolchain's class loader found them — target/classes, the module jars, or the backend's
 * shaded jar — so that the classpath holds nothing else of ours. Only the kernel profile may name vmmagic
 * ({@link VmmagicCheck}); every profile may read the riscv constants.
 */
public final class VmmagicClasses {
    private static final String PACKAGE_DIR = "org/mkplay/vmmagic/";
    /** Each package with a class of it, whose code source (directory or jar) holds the package. */
    private static final Map<String, Class<?>> PACKAGES = Map.of(
            PACKAGE_DIR,
            Address.class,
            "org/mkplay/riscv/priv/",
            org.mkplay.riscv.priv.Csr.class,
            "org/mkplay/riscv/board/",
            org.mkplay.riscv.board.Virt.class);

    private static Map<String, byte[]> classes;

    private VmmagicClasses() {}

    /** Binary name ("org.mkplay.vmmagic.Address") → class file. */
    public static synchronized Map<String, byte[]> classes() {
        if (classes == null) {
            Map<String, byte[]> all = new LinkedHashMap<>();
            PACKAGES.forEach((dir, anchor) -> all.putAll(load(dir, anchor)));
            classes = Map.copyOf(all);
        }
        return classes;
    }

    private static Map<String, byte[]> load(String packageDir, Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null) throw new IllegalStateException("no code source for the classes of " + packageDir);
        try {
            return classesAt(Path.of(source.getLocation().toURI()), packageDir);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable code source " + source.getLocation(), e);
        }
    }

    /** The vmmagic package's class files in a classes directory or a jar (binary name → bytes). */
    public static Map<String, byte[]> classesAt(Path location) {
        return classesAt(location, PACKAGE_DIR);
    }

    /** One package's class files (not its subpackages') in a classes directory or a jar. */
    static Map<String, byte[]> classesAt(Path location, String packageDir) {
        try {
            return Files.isDirectory(location)
                    ? fromDirectory(location.resolve(packageDir), packageDir)
                    : fromJar(location, packageDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> fromDirectory(Path dir, String packageDir) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                out.put(binaryName(packageDir + f.getFileName()), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static Map<String, byte[]> fromJar(Path jar, String packageDir) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (!name.startsWith(packageDir)
                        || !name.endsWith(".class")
                        || name.indexOf('/', packageDir.length()) >= 0) continue;
                try (InputStream in = file.getInputStream(entry)) {
                    out.put(binaryName(name), in.readAllBytes());
                }
            }
        }
        return out;
    }

    private static String binaryName(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
