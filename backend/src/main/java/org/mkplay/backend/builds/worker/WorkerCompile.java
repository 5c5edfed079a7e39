package org.mkplay.backend.builds.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic.Kind;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.mkplay.backend.builds.BuildDiagnostic;
import org.mkplay.backend.builds.BuildOutput;
import org.mkplay.backend.builds.Listing;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Diagnostic;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.front.VmmagicClasses;
import org.mkplay.toolchain.link.SymbolInfo;

/**
 * One build inside a worker process: javac in-process (annotation processing off; the classpath holds the
 * platform classes and org.mkplay.vmmagic only, so that our profile rules, not javac, report vmmagic use),
 * class files to a scratch folder, then our toolchain on that folder in the standalone profile.
 * Nothing compiled is ever loaded or run on this JVM.
 */
final class WorkerCompile {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final List<String> OPTIONS =
            List.of("--release", "17", "-g", "-proc:none", "-implicit:none", "-encoding", "UTF-8");
    private final StandardJavaFileManager files;
    private final Path classpath;

    WorkerCompile() throws IOException {
        if (JAVAC == null) {
            throw new IllegalStateException("no system Java compiler: the server must run on a JDK");
        }
        files = JAVAC.getStandardFileManager(null, Locale.ROOT, null);
        classpath = Files.createTempDirectory("mkplay-worker-cp");
        for (Map.Entry<String, byte[]> c : VmmagicClasses.classes().entrySet()) {
            Path file = classpath.resolve(c.getKey().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, c.getValue());
        }
        files.setLocation(StandardLocation.CLASS_PATH, List.of(classpath.toFile()));
    }

    BuildOutput compile(List<SourceFile> sources) throws IOException {
        long start = System.nanoTime();
        Path out = Files.createTempDirectory("mkplay-build");
        try {
            List<BuildDiagnostic> diagnostics = javac(sources, out);
            boolean javacFailed =
                    diagnostics.stream().anyMatch(d -> d.severity().equals(BuildDiagnostic.ERROR));
            if (javacFailed) {
                return new BuildOutput(diagnostics, null, List.of(), null, millisSince(start));
            }
            CompileResult result = Compiler.compile(CompileRequest.ofClassDirectory(out, null, Profile.STANDALONE));
            for (Diagnostic d : result.diagnostics()) {
                diagnostics.add(
                        new BuildDiagnostic(d.file(), d.line(), 0, BuildDiagnostic.ERROR, d.message(), "mkplay"));
            }
            if (!result.ok()) {
                return new BuildOutput(diagnostics, null, List.of(), null, millisSince(start));
            }
            return new BuildOutput(
                    diagnostics, result.elf(), Listing.of(result.listing()), sizes(result), millisSince(start));
        } finally {
            deleteTree(out);
        }
    }

    private List<BuildDiagnostic> javac(List<SourceFile> sources, Path out) throws IOException {
        files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
        List<JavaFileObject> units = new ArrayList<>();
        for (SourceFile s : sources) {
            units.add(new Source(s));
        }
        DiagnosticCollector<JavaFileObject> collected = new DiagnosticCollector<>();
        JAVAC.getTask(null, files, collected, OPTIONS, null, units).call();
        List<BuildDiagnostic> diagnostics = new ArrayList<>();
        for (javax.tools.Diagnostic<? extends JavaFileObject> d : collected.getDiagnostics()) {
            String severity = d.getKind() == Kind.ERROR
                    ? BuildDiagnostic.ERROR
                    : d.getKind() == Kind.WARNING || d.getKind() == Kind.MANDATORY_WARNING
                            ? BuildDiagnostic.WARNING
                            : null;
            if (severity == null) continue; // notes ("recompile with -Xlint") name options the learner cannot pass
            String file = d.getSource() instanceof Source src ? src.name : "<javac>";
            diagnostics.add(new BuildDiagnostic(
                    file,
                    Math.max(0, d.getLineNumber()),
                    Math.max(0, d.getColumnNumber()),
                    severity,
                    d.getMessage(Locale.ROOT),
                    "javac"));
        }
        return diagnostics;
    }

    private static BuildOutput.Sizes sizes(CompileResult result) {
        long code = 0, data = 0;
        for (SymbolInfo s : result.symbols()) {
            if (s.function()) code += s.size();
            else data += s.size();
        }
        return new BuildOutput.Sizes(result.elf().length, code, data);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scratch folder " + root, e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        final String name;
        private final String text;

        Source(SourceFile file) {
            super(URI.create("string:///" + file.name()), Kind.SOURCE);
            this.name = file.name();
            this.text = file.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
