package org.mkplay.toolchain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Javac;
import org.mkplay.toolchain.front.Reachability;
import org.mkplay.toolchain.front.RuntimeLibrary;
import org.mkplay.toolchain.front.VmmagicClasses;
import org.mkplay.toolchain.link.Linker;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The AOT compiler: Java sources or class files → a linked RV64 ELF image.
 * Pipeline: javac (in-process) → class pool with our runtime library → reachability and subset checks
 * (all errors collected) → per-method code generation → linking → ELF.
 */
public final class Compiler {
    private Compiler() {}

    public static CompileResult compile(CompileRequest request) {
        List<Diagnostic> errors = new ArrayList<>();
        Map<String, byte[]> userClasses = request.sources() != null
            ? compileSources(request.sources(), request.profile(), errors)
            : readClassDirectory(request.classDirectory());
        if (!errors.isEmpty()) return CompileResult.failed(errors);
        ClassPool pool = new ClassPool();
        RuntimeLibrary.classes().forEach((name, bytes) -> pool.add(bytes, false));
        for (Map.Entry<String, byte[]> e : userClasses.entrySet()) {
            if (redefines(pool, e.getKey(), request.profile())) {
                errors.add(new Diagnostic(e.getKey() + ".java", 0, "redefining " + e.getKey().replace('/', '.') + " is not supported"));
                continue;
            }
            pool.add(e.getValue(), true);
        }
        ClassPool.MethodRef main = findMain(pool, userClasses.keySet(), request.mainClass(), errors);
        if (main == null || !errors.isEmpty()) return CompileResult.failed(errors);
        Reachability reach = new Reachability(pool, request.profile());
        reach.run(main);
        if (!reach.diagnostics().isEmpty()) return CompileResult.failed(reach.diagnostics());
        Linker linker = new Linker(pool, reach);
        linker.link(main);
        return new CompileResult(List.of(), linker.elf(), linker.listing(), linker.symbols(), linker.compiledIr());
    }

    /**
     * CLI entry (the backend's {@code compile} subcommand): each path is a .java file or a directory of
     * .java or .class files (searched recursively; a directory holding class files is used as a class directory).
     */
    public static CompileResult compileFiles(List<Path> sourcesOrClassDir, Profile profile, String mainClass) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path p : sourcesOrClassDir) {
            if (Files.isDirectory(p) && hasClassFiles(p)) return compile(CompileRequest.ofClassDirectory(p, mainClass, profile));
            try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    sources.put(f.getFileName().toString(), Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return compile(CompileRequest.ofSources(sources, mainClass, profile));
    }

    private static boolean hasClassFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A user class may not replace a runtime class, nor, in the kernel profile, an org.mkplay.vmmagic class
     * (those are intrinsics: the compiler, not their Java code, defines what they do).
     */
    private static boolean redefines(ClassPool pool, String name, Profile profile) {
        return pool.get(name) != null && !pool.isUser(name)
            || profile == Profile.KERNEL && name.startsWith(Reachability.VMMAGIC);
    }

    /**
     * javac sees the org.mkplay.vmmagic classes in every profile, so that the profile rule (not javac) reports them;
     * in the user profile also the library's public syscall class (RuntimeLibrary.USER_API).
     */
    private static Map<String, byte[]> compileSources(Map<String, String> sources, Profile profile, List<Diagnostic> errors) {
        Map<String, byte[]> classpath = new LinkedHashMap<>(VmmagicClasses.classes());
        if (profile == Profile.USER) classpath.putAll(RuntimeLibrary.userApi());
        Javac.Output out = Javac.compile(sources, classpath);
        errors.addAll(out.errors());
        // javac reports per compilation unit, in the (unordered) order of the request's map
        errors.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::line));
        return out.classes();
    }

    private static Map<String, byte[]> readClassDirectory(Path dir) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                classes.put(rel.substring(0, rel.length() - ".class".length()), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    private static ClassPool.MethodRef findMain(ClassPool pool, Iterable<String> userNames, String mainClass,
                                                List<Diagnostic> errors) {
        List<ClassPool.MethodRef> candidates = new ArrayList<>();
        for (String name : userNames) {
            ClassNode c = pool.get(name);
            if (c == null) continue;
            if (mainClass != null && !name.equals(mainClass.replace('.', '/'))) continue;
            MethodNode m = ClassPool.declared(c, "main", "([Ljava/lang/String;)V");
            if (m != null && (m.access & Opcodes.ACC_STATIC) != 0) candidates.add(new ClassPool.MethodRef(c, m));
        }
        if (candidates.size() == 1) return candidates.get(0);
        String file = candidates.isEmpty() ? "<program>" : candidates.get(0).owner().sourceFile;
        String what = mainClass != null
            ? "main class " + mainClass + " with public static void main(String[]) not found"
            : candidates.isEmpty() ? "no class declares public static void main(String[])"
            : "several classes declare main; name the main class";
        errors.add(new Diagnostic(file, 0, what));
        return null;
    }
}
