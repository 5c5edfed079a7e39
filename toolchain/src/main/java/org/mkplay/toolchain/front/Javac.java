package org.mkplay.toolchain.front;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic.Kind;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.mkplay.toolchain.Diagnostic;

/** Runs javac in-process on in-memory sources ({@code --release 17 -g -proc:none}); output stays in memory. */
public final class Javac {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static StandardJavaFileManager standardManager; // reused: opening the platform image is the slow part

    private Javac() {}

    /** Class files (internal name → bytes) plus javac's errors. */
    public record Output(Map<String, byte[]> classes, List<Diagnostic> errors) {}

    public static synchronized Output compile(Map<String, String> sources) {
        if (JAVAC == null) throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
        if (standardManager == null) standardManager = JAVAC.getStandardFileManager(null, null, null);
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new Source(name, text)));
        Map<String, ByteArrayOutputStream> out = new LinkedHashMap<>();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        JavaFileManager fm = new ForwardingJavaFileManager<>(standardManager) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return out.computeIfAbsent(className.replace('.', '/'), k -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        List<String> options = List.of("--release", "17", "-g", "-proc:none", "-implicit:none", "-Xlint:none", "-nowarn");
        JAVAC.getTask(null, fm, diags, options, null, units).call();
        List<Diagnostic> errors = new ArrayList<>();
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
            if (d.getKind() != Kind.ERROR) continue;
            String file = d.getSource() == null ? "<javac>" : ((Source) d.getSource()).fileName;
            errors.add(new Diagnostic(file, (int) Math.max(0, d.getLineNumber()), d.getMessage(null)));
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        out.forEach((k, v) -> classes.put(k, v.toByteArray()));
        return new Output(classes, errors);
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
