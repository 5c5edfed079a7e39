package org.mkplay.backend.builds.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.mkplay.backend.builds.LessonSystem;
import org.mkplay.backend.builds.Listing;
import org.mkplay.backend.source.SourceFile;
import org.mkplay.system.ManifestException;
import org.mkplay.system.Placements;
import org.mkplay.system.SystemBuilder;
import org.mkplay.system.SystemSources;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.ListingLine;
import org.mkplay.toolchain.front.Diagnostic;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.front.RuntimeLibrary;
import org.mkplay.toolchain.front.VmmagicClasses;
import org.mkplay.toolchain.link.SymbolInfo;

/**
 * One build inside a worker process: javac in-process (annotation processing off; the classpath holds the
 * platform classes and org.mkplay.vmmagic only, so that our profile rules, not javac, report vmmagic use; for a
 * lesson's system also the mk API), class files to a scratch folder, then our toolchain on that folder in the
 * standalone profile, or, for a lesson with a system.json, the system builder packing the learner's servers with the
 * lesson's and the default system's programs.
 * Nothing compiled is ever loaded or run on this JVM.
 */
final class WorkerCompile {
    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    private static final List<String> OPTIONS =
            List.of("--release", "17", "-g", "-proc:none", "-implicit:none", "-encoding", "UTF-8");
    /** What the learner's files are called in a lesson system's errors (the places of SystemSources). */
    static final String LEARNER_PLACE = "your files";

    private final StandardJavaFileManager files;
    private final Path classpath;
    /** The user profile's: org.mkplay.vmmagic and the mk API (org.mkplay.mk), which a system's servers use. */
    private final Path userClasspath;

    WorkerCompile() throws IOException {
        if (JAVAC == null) {
            throw new IllegalStateException("no system Java compiler: the server must run on a JDK");
        }
        files = JAVAC.getStandardFileManager(null, Locale.ROOT, null);
        classpath = Files.createTempDirectory("mkplay-worker-cp");
        userClasspath = Files.createTempDirectory("mkplay-worker-user-cp");
        write(classpath, VmmagicClasses.classes());
        write(userClasspath, VmmagicClasses.classes());
        write(userClasspath, RuntimeLibrary.userApi());
    }

    private static void write(Path folder, Map<String, byte[]> classes) throws IOException {
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            Path file = folder.resolve(c.getKey().replace('.', '/') + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, c.getValue());
        }
    }

    BuildOutput compile(WorkerRequest request) throws IOException {
        return request.system() == null
                ? standalone(request.files())
                : system(request.files(), request.system(), request.placements());
    }

    /** The learner's files as one program of the standalone profile. */
    private BuildOutput standalone(List<SourceFile> sources) throws IOException {
        long start = System.nanoTime();
        Path out = Files.createTempDirectory("mkplay-build");
        try {
            List<BuildDiagnostic> diagnostics = javac(sources, out, classpath);
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
                    diagnostics,
                    result.elf(),
                    Listing.of(learnerLines(result.listing(), sources)),
                    sizes(result),
                    millisSince(start));
        } finally {
            deleteTree(out);
        }
    }

    /**
     * The learner's files packed into a lesson's system image: javac first, on the learner's files alone with the
     * user profile's classpath (its diagnostics carry columns), then the system builder, which finds each program's
     * sources in the learner's files, the lesson's system/ and the default system's (SystemSources). The listing is
     * that of the learner's lines.
     */
    private BuildOutput system(List<SourceFile> sources, LessonSystem system, Placements placements)
            throws IOException {
        long start = System.nanoTime();
        Path out = Files.createTempDirectory("mkplay-build");
        try {
            List<BuildDiagnostic> diagnostics = javac(sources, out, userClasspath);
            if (diagnostics.stream().anyMatch(d -> d.severity().equals(BuildDiagnostic.ERROR))) {
                return new BuildOutput(diagnostics, null, List.of(), null, millisSince(start));
            }
            SystemBuilder.Built built;
            try {
                built = SystemBuilder.build(
                        system.manifest(),
                        system.manifestName(),
                        new SystemSources(List.of(
                                new SystemSources.Place(LEARNER_PLACE, byName(sources)),
                                new SystemSources.Place(system.systemPlace(), byName(system.systemFiles())))),
                        SystemBuilder.kernelImage(),
                        placements);
            } catch (ManifestException e) {
                diagnostics.addAll(systemDiagnostics(e, system));
                return new BuildOutput(diagnostics, null, List.of(), null, millisSince(start));
            }
            return new BuildOutput(
                    diagnostics,
                    built.image(),
                    learnerListing(built, sources),
                    systemSizes(built, sources),
                    millisSince(start));
        } finally {
            deleteTree(out);
        }
    }

    /** The compiler's diagnostics of a program that did not compile, else the builder's message on the whole. */
    private static List<BuildDiagnostic> systemDiagnostics(ManifestException e, LessonSystem system) {
        List<BuildDiagnostic> out = new ArrayList<>();
        for (Diagnostic d : e.diagnostics())
            out.add(new BuildDiagnostic(d.file(), d.line(), 0, BuildDiagnostic.ERROR, d.message(), "mkplay"));
        if (out.isEmpty()) {
            out.add(new BuildDiagnostic(system.manifestName(), 0, 0, BuildDiagnostic.ERROR, e.getMessage(), "mkplay"));
        }
        return out;
    }

    /** The listing of the learner's own lines, from every program of the system that compiled them. */
    private static List<Listing> learnerListing(SystemBuilder.Built built, List<SourceFile> sources) {
        List<ListingLine> lines = new ArrayList<>();
        for (CompileResult r : built.programs()) lines.addAll(learnerLines(r.listing(), sources));
        return Listing.of(lines);
    }

    /**
     * The lines of the learner's files: what the page can show (it lists the open file's lines). The runtime library
     * linked into a program (collector, fault unwinder, strings: three quarters of a 200-line program's code) is left
     * out; sent along, it made the answer four times as large.
     */
    private static List<ListingLine> learnerLines(List<ListingLine> listing, List<SourceFile> sources) {
        Set<String> mine = byName(sources).keySet();
        return listing.stream()
                .filter(l -> l.file() != null && mine.contains(l.file()))
                .toList();
    }

    /** The whole image; code and data of the programs that hold a learner's file. */
    private static BuildOutput.Sizes systemSizes(SystemBuilder.Built built, List<SourceFile> sources) {
        Set<String> mine = byName(sources).keySet();
        long code = 0, data = 0;
        for (CompileResult r : built.programs()) {
            if (r.listing().stream().noneMatch(l -> l.file() != null && mine.contains(l.file()))) continue;
            BuildOutput.Sizes s = sizes(r);
            code += s.code();
            data += s.data();
        }
        return new BuildOutput.Sizes(built.image().length, code, data);
    }

    private static Map<String, String> byName(List<SourceFile> files) {
        Map<String, String> map = new LinkedHashMap<>();
        for (SourceFile f : files) map.put(f.name(), f.content());
        return map;
    }

    private List<BuildDiagnostic> javac(List<SourceFile> sources, Path out, Path classes) throws IOException {
        files.setLocation(StandardLocation.CLASS_PATH, List.of(classes.toFile()));
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
