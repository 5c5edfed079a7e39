package org.mkplay.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mkplay.kernel.KernelServers;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.link.GcOptions;

/**
 * {@code mkplay system MANIFEST -o system.elf}: reads the manifest, compiles each program's sources with the
 * toolchain's user profile (plus a generated class {@code SystemPrograms} naming the system's programs, which the
 * supervisor and the shell read), and packs them with the kernel into one bootable ELF.
 */
public final class SystemBuilder {
    private SystemBuilder() {}

    /** Where the build put the kernel image and the default system inside the jar. */
    static final String KERNEL_RESOURCE = "/org/mkplay/system/kernel.elf";

    static final String DEFAULT_RESOURCE = "/org/mkplay/system/default-system.elf";

    /** Builds the system of manifest file {@code manifest} with the kernel image {@code kernelElf}. */
    public static byte[] build(Path manifest, byte[] kernelElf) throws ManifestException, IOException {
        return build(manifest, kernelElf, Placements.MANIFEST);
    }

    /**
     * The same with each program's placement from {@code placements} (a preset, or a map program name to user or
     * kernel): a program placed in the kernel is compiled from the same sources, linked at its slot of the
     * kernel-server window, and packed with the KERNEL bit (docs/system-images.md, "Placement").
     */
    public static byte[] build(Path manifest, byte[] kernelElf, Placements placements)
            throws ManifestException, IOException {
        String file = manifest.getFileName().toString();
        Manifest m = Manifest.parse(Files.readString(manifest), file);
        List<Boolean> inKernel = placements.resolve(m);
        Path dir = manifest.toAbsolutePath().getParent();
        Path generated = Files.createTempDirectory("mkplay-system");
        try {
            Path table = generated.resolve("SystemPrograms.java");
            Files.writeString(table, programsSource(m));
            List<byte[]> elfs = new ArrayList<>();
            for (int i = 0; i < m.programs().size(); i++) elfs.add(program(m, i, dir, table, file, inKernel.get(i)));
            return SystemImage.pack(kernelElf, SystemImage.programs(m, elfs, inKernel));
        } finally {
            Files.deleteIfExists(generated.resolve("SystemPrograms.java"));
            Files.deleteIfExists(generated);
        }
    }

    private static byte[] program(Manifest m, int i, Path dir, Path table, String file, boolean inKernel)
            throws ManifestException, IOException {
        Manifest.Program p = m.programs().get(i);
        if (p.elf() != null) return read(dir.resolve(p.elf()), file, i, "elf");
        List<Path> sources = new ArrayList<>();
        for (String s : p.sources()) {
            Path source = dir.resolve(s);
            if (!Files.isRegularFile(source))
                throw new ManifestException(file + ": programs[" + i + "].sources: no file " + source);
            sources.add(source);
        }
        sources.add(table);
        String main = p.sources().get(0).replaceAll(".*/", "").replace(".java", "");
        long base = inKernel ? KernelServers.base(i) : 0;
        CompileResult r = Compiler.compileFiles(sources, Profile.USER, main, GcOptions.DEFAULT, base);
        if (!r.ok()) {
            throw new ManifestException(
                    file + ": programs[" + i + "] (" + p.name() + ") does not compile:\n" + r.formattedDiagnostics());
        }
        return r.elf();
    }

    private static byte[] read(Path path, String file, int i, String field) throws ManifestException {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new ManifestException(file + ": programs[" + i + "]." + field + ": cannot read " + path);
        }
    }

    /** The generated class: the programs' names and priorities, and which is the supervisor (-1: none). */
    static String programsSource(Manifest m) {
        String names = m.programs().stream().map(p -> "\"" + p.name() + "\"").collect(Collectors.joining(", "));
        String priorities =
                m.programs().stream().map(p -> Integer.toString(p.priority())).collect(Collectors.joining(", "));
        String serves =
                m.programs().stream().map(p -> Boolean.toString(p.serves())).collect(Collectors.joining(", "));
        return "/** Generated from the system's manifest by mkplay's system builder. */\n"
                + "final class SystemPrograms {\n"
                + "    private SystemPrograms() {}\n"
                + "    static final String[] NAMES = {" + names + "};\n"
                + "    static final int[] PRIORITIES = {" + priorities + "};\n"
                + "    static final boolean[] SERVES = {" + serves + "};\n"
                + "    static final int SUPERVISOR = " + m.roleIndex("supervisor") + ";\n"
                + "}\n";
    }

    /** The kernel image the build packed into the jar. */
    public static byte[] kernelImage() {
        return resource(KERNEL_RESOURCE);
    }

    /** The default system (supervisor, name service, console, echo, shell), prebuilt into the jar. */
    public static byte[] defaultSystem() {
        return resource(DEFAULT_RESOURCE);
    }

    /** The default system in a placement preset (user, kernel, mixed: {@link Placements#preset}), prebuilt. */
    public static byte[] defaultSystem(String preset) {
        return resource(defaultResource(Placements.preset(preset).preset()));
    }

    /** The jar resource of the default system in a preset (user: the manifest's, all in user space). */
    static String defaultResource(String preset) {
        return preset.equals("user") ? DEFAULT_RESOURCE : DEFAULT_RESOURCE.replace(".elf", "-" + preset + ".elf");
    }

    private static byte[] resource(String name) {
        try (InputStream in = SystemBuilder.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (build the system module)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
