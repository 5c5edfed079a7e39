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
 * The class files of package org.mkplay.vmmagic (not its host subpackage) as javac sees them when compiling
 * user sources: read from wherever the toolchain's class loader found them — vmmagic/target/classes, the
 * mkplay-vmmagic jar, or the backend's shaded jar — so that the classpath holds nothing else of ours.
 */
public final class VmmagicClasses {
    private static final String PACKAGE_DIR = "org/mkplay/vmmagic/";
    private static Map<String, byte[]> classes;

    private VmmagicClasses() {}

    /** Binary name ("org.mkplay.vmmagic.Address") → class file. */
    public static synchronized Map<String, byte[]> classes() {
        if (classes == null) classes = Map.copyOf(load());
        return classes;
    }

    private static Map<String, byte[]> load() {
        CodeSource source = Address.class.getProtectionDomain().getCodeSource();
        if (source == null) throw new IllegalStateException("no code source for the org.mkplay.vmmagic classes");
        try {
            return classesAt(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable code source " + source.getLocation(), e);
        }
    }

    /** The package's class files in a classes directory or a jar (binary name → bytes). */
    public static Map<String, byte[]> classesAt(Path location) {
        try {
            return Files.isDirectory(location) ? fromDirectory(location.resolve(PACKAGE_DIR)) : fromJar(location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> fromDirectory(Path dir) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                out.put(binaryName(PACKAGE_DIR + f.getFileName()), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                String name = entry.getName();
                if (!name.startsWith(PACKAGE_DIR) || !name.endsWith(".class") || name.indexOf('/', PACKAGE_DIR.length()) >= 0) continue;
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
