package org.mkplay.toolchain.front;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.Diagnostic.Kind;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Runs javac in-process on in-memory sources ({@code --release 17 -g -proc:none}); output stays in memory. */
public final class Javac {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static StandardJavaFileManager standardManager; // reused: opening the platform image is the slow part

    private Javac() {}

    /** Class files (internal name → bytes) plus javac's errors. */
    public record Output(Map<String, byte[]> classes, List<Diagnostic> errors) {}

    public static Output compile(Map<String, String> sources) {
        return compile(sources, Map.of());
    }

    /** Compiles with the given class files (binary name → bytes) on the classpath, besides the platform classes. */
    public static synchronized Output compile(Map<String, String> sources, Map<String, byte[]> classpath) {
        if (JAVAC == null) throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
        if (standardManager == null) standardManager = emptyClassPathManager();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        MemoryFileManager fm = new MemoryFileManager(standardManager, classpath);
        List<String> options =
                List.of("--release", "17", "-g", "-proc:none", "-implicit:none", "-Xlint:none", "-nowarn");
        JAVAC.getTask(null, fm, diags, options, null, units).call();
        List<Diagnostic> errors = new ArrayList<>();
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
            if (d.getKind() != Kind.ERROR) continue;
            String file = d.getSource() instanceof Source src ? src.fileName : "<javac>";
            errors.add(new Diagnostic(file, (int) Math.max(0, d.getLineNumber()), d.getMessage(null)));
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        fm.out.forEach((k, v) -> classes.put(k, v.toByteArray()));
        return new Output(classes, errors);
    }

    /**
     * The platform classes only: without an explicit (empty) classpath, javac would let user code see the
     * classpath of the JVM running the toolchain (ASM, the toolchain itself, ...).
     */
    private static StandardJavaFileManager emptyClassPathManager() {
        StandardJavaFileManager fm = JAVAC.getStandardFileManager(null, null, null);
        try {
            fm.setLocation(StandardLocation.CLASS_PATH, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fm;
    }

    /** Class files go to memory; the extra classpath classes come from memory. */
    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        final Map<String, ByteArrayOutputStream> out = new LinkedHashMap<>();
        private final Map<String, byte[]> classpath;

        MemoryFileManager(StandardJavaFileManager standard, Map<String, byte[]> classpath) {
            super(standard);
            this.classpath = classpath;
        }

        @Override
        public JavaFileObject getJavaFileForOutput(
                Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                @Override
                public OutputStream openOutputStream() {
                    return out.computeIfAbsent(className.replace('.', '/'), k -> new ByteArrayOutputStream());
                }
            };
        }

        @Override
        public Iterable<JavaFileObject> list(
                Location location, String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse)
                throws IOException {
            Iterable<JavaFileObject> standard = super.list(location, packageName, kinds, recurse);
            if (location != StandardLocation.CLASS_PATH || !kinds.contains(JavaFileObject.Kind.CLASS)) return standard;
            List<JavaFileObject> all = new ArrayList<>();
            standard.forEach(all::add);
            classpath.forEach((name, bytes) -> {
                String pkg = name.substring(0, Math.max(0, name.lastIndexOf('.')));
                if (pkg.equals(packageName) || recurse && pkg.startsWith(packageName + "."))
                    all.add(new ClassFile(name, bytes));
            });
            return all;
        }

        @Override
        public String inferBinaryName(Location location, JavaFileObject file) {
            return file instanceof ClassFile c ? c.binaryName : super.inferBinaryName(location, file);
        }
    }

    private static final class ClassFile extends SimpleJavaFileObject {
        final String binaryName;
        private final byte[] bytes;

        ClassFile(String binaryName, byte[] bytes) {
            super(URI.create("mem:///classpath/" + binaryName.replace('.', '/') + ".class"), JavaFileObject.Kind.CLASS);
            this.binaryName = binaryName;
            this.bytes = bytes;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(bytes);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        final String fileName;
        final String text;

        Source(String fileName, String text) {
            super(URI.create("string:///" + fileName.replace('\\', '/')), JavaFileObject.Kind.SOURCE);
            this.fileName = fileName.contains("/") ? fileName.substring(fileName.lastIndexOf('/') + 1) : fileName;
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
