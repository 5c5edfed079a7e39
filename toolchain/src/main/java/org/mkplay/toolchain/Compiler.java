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
import org.mkplay.toolchain.codegen.LinearScan;
import org.mkplay.toolchain.codegen.MethodCompiler;
import org.mkplay.toolchain.codegen.StaticBase;
import org.mkplay.toolchain.front.ClassPool;
import org.mkplay.toolchain.front.Diagnostic;
import org.mkplay.toolchain.front.Javac;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.front.Reachability;
import org.mkplay.toolchain.front.RuntimeLibrary;
import org.mkplay.toolchain.front.VmmagicClasses;
import org.mkplay.toolchain.ir.IrMethod;
import org.mkplay.toolchain.ir.build.Builder;
import org.mkplay.toolchain.ir.pass.Passes;
import org.mkplay.toolchain.link.GcOptions;
import org.mkplay.toolchain.link.LinkedImage;
import org.mkplay.toolchain.link.Linker;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The AOT compiler's driver: Java sources or class files → a linked RV64 ELF image. {@link #compile} runs
 * the phases in order, each in its own package:
 * <ol>
 * <li>front end ({@code front}): javac in-process (or the class files), the class pool with our runtime
 *     library, the entry point;</li>
 * <li>reachability ({@code front}): the methods and classes the program uses, checked against the Java
 *     subset of its profile (every error collected);</li>
 * <li>IR build ({@code ir.build}), per method: tiny static callees inlined, bytecode translated to IR;</li>
 * <li>passes ({@code ir.pass}): the optimisation pipeline;</li>
 * <li>register allocation and lowering ({@code codegen}) into the image's text, where the linker places
 *     the method;</li>
 * <li>link ({@code link}): the data segment, every label's address, the symbols;</li>
 * <li>ELF ({@code elf}): the image's two segments and its symbols;</li>
 * <li>listing: every instruction with its source line and disassembly.</li>
 * </ol>
 */
public final class Compiler {
    private Compiler() {}

    public static CompileResult compile(CompileRequest request) {
        List<Diagnostic> errors = new ArrayList<>();
        // 1. front end
        Map<String, byte[]> userClasses = request.sources() != null
                ? compileSources(request.sources(), request.profile(), errors)
                : readClassDirectory(request.classDirectory());
        if (!errors.isEmpty()) return CompileResult.failed(errors);
        ClassPool pool = classPool(userClasses, request.profile(), errors);
        ClassPool.MethodRef main = findMain(pool, userClasses.keySet(), request.mainClass(), errors);
        if (main == null || !errors.isEmpty()) return CompileResult.failed(errors);
        // 2. reachability
        Reachability reach = new Reachability(pool, request.profile());
        reach.run(main);
        if (!reach.diagnostics().isEmpty()) return CompileResult.failed(reach.diagnostics());
        // 3 to 5, method by method (compileMethod), into the text the linker lays out after its assembly routines
        Linker linker = new Linker(pool, reach, request.gc(), request.kernelBase());
        linker.beginText(main);
        List<IrMethod> ir = new ArrayList<>();
        for (ClassPool.MethodRef m : reach.methods().values()) {
            if (hasCode(m)) ir.add(compileMethod(linker, m));
        }
        // 6. link
        LinkedImage image = linker.finish();
        // 7. ELF
        byte[] elf = ElfImage.write(image);
        // 8. listing
        List<ListingLine> listing = Listing.of(image);
        return new CompileResult(List.of(), elf, listing, image.symbols(), ir);
    }

    /**
     * Phases 3 to 5 for one method: its IR built and optimised, registers allocated, and the code lowered
     * where the linker places it. Returns the optimised IR.
     */
    public static IrMethod compileMethod(Linker linker, ClassPool.MethodRef m) {
        // 3. IR build
        IrMethod ir = Builder.build(linker, m);
        // 4. passes
        Passes.optimise(ir);
        // 5. statics onto one base where several are reached, register allocation, then lowering where the linker
        // places the method
        StaticBase.run(ir, linker);
        LinearScan registers = new LinearScan(ir);
        linker.placeMethod(m, asm -> MethodCompiler.emit(linker, m, ir, registers, asm));
        return ir;
    }

    private static boolean hasCode(ClassPool.MethodRef m) {
        return (m.method().access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) == 0;
    }

    /** The runtime library's classes and the user's; a user class may not replace a library or intrinsic class. */
    private static ClassPool classPool(Map<String, byte[]> userClasses, Profile profile, List<Diagnostic> errors) {
        ClassPool pool = new ClassPool();
        RuntimeLibrary.classes().forEach(pool::addLazily);
        for (Map.Entry<String, byte[]> e : userClasses.entrySet()) {
            if (redefines(pool, e.getKey(), profile)) {
                errors.add(new Diagnostic(
                        e.getKey() + ".java", 0, "redefining " + e.getKey().replace('/', '.') + " is not supported"));
                continue;
            }
            pool.add(e.getValue(), true);
        }
        return pool;
    }

    /**
     * CLI entry (the backend's {@code compile} subcommand): each path is a .java file or a directory of
     * .java or .class files (searched recursively; a directory holding class files is used as a class directory).
     */
    public static CompileResult compileFiles(List<Path> sourcesOrClassDir, Profile profile, String mainClass) {
        return compileFiles(sourcesOrClassDir, profile, mainClass, GcOptions.DEFAULT);
    }

    /** The same with heap options (size, heap checker, stress collection). */
    public static CompileResult compileFiles(
            List<Path> sourcesOrClassDir, Profile profile, String mainClass, GcOptions gc) {
        return compileFiles(sourcesOrClassDir, profile, mainClass, gc, 0);
    }

    /**
     * The same, placed in the kernel at {@code kernelBase} when it is not 0 (a user-profile program linked into the
     * kernel-server window; see {@link CompileRequest}).
     */
    public static CompileResult compileFiles(
            List<Path> sourcesOrClassDir, Profile profile, String mainClass, GcOptions gc, long kernelBase) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path p : sourcesOrClassDir) {
            if (Files.isDirectory(p) && hasClassFiles(p))
                return compile(CompileRequest.ofClassDirectory(p, mainClass, profile)
                        .withGc(gc)
                        .inKernelAt(kernelBase));
            try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    sources.put(f.getFileName().toString(), Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return compile(
                CompileRequest.ofSources(sources, mainClass, profile).withGc(gc).inKernelAt(kernelBase));
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
    private static Map<String, byte[]> compileSources(
            Map<String, String> sources, Profile profile, List<Diagnostic> errors) {
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

    private static ClassPool.MethodRef findMain(
            ClassPool pool, Iterable<String> userNames, String mainClass, List<Diagnostic> errors) {
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
                : candidates.isEmpty()
                        ? "no class declares public static void main(String[])"
                        : "several classes declare main; name the main class";
        errors.add(new Diagnostic(file, 0, what));
        return null;
    }
}
