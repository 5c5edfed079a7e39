package org.mkplay.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mkplay.kernel.KernelServers;
import org.mkplay.toolchain.CompileResult;

/**
 * {@code mkplay system MANIFEST -o system.elf}: reads the manifest, compiles each program's sources with the
 * toolchain's user profile (plus a generated class {@code SystemPrograms} naming the system's programs, which the
 * supervisor and the shell read), and packs them with the kernel into one bootable ELF.
 */
public final class SystemBuilder {
    private SystemBuilder() {}

    /** The generated class's name, as a source names it. */
    static final String TABLE_CLASS = "SystemPrograms";

    /** Programs compiled lately, by their exact input: a lesson's starter and solution share all but one. */
    private static final ProgramCache COMPILED = new ProgramCache(64);

    /** Where the build put the kernel image and the default system inside the jar. */
    static final String KERNEL_RESOURCE = "/org/mkplay/system/kernel.elf";

    static final String DEFAULT_RESOURCE = "/org/mkplay/system/default-system.elf";

    /** Builds the system of manifest file {@code manifest} (sources beside it) with the kernel image {@code kernelElf}. */
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
        String table = programsSource(m);
        List<byte[]> elfs = new ArrayList<>();
        for (int i = 0; i < m.programs().size(); i++) {
            Manifest.Program p = m.programs().get(i);
            elfs.add(
                    p.elf() != null
                            ? read(dir.resolve(p.elf()), file, i, "elf")
                            : compile(m, i, filesBeside(dir, p, file, i), table, file, inKernel.get(i))
                                    .elf());
        }
        return SystemImage.pack(kernelElf, SystemImage.programs(m, elfs, inKernel));
    }

    /** A system built from places: the image and each program's compile result (listing, symbols), by number. */
    public record Built(byte[] image, List<CompileResult> programs) {}

    /**
     * Builds the system of the manifest text {@code manifestText} ({@code file} is what errors call it), its sources
     * looked up in {@code sources} (a lesson's: the learner's files, the lesson's system/, the default system's).
     */
    public static Built build(String manifestText, String file, SystemSources sources, byte[] kernelElf)
            throws ManifestException {
        return build(manifestText, file, sources, kernelElf, Placements.MANIFEST);
    }

    /** The same with each program's placement from {@code placements} (see {@link #build(Path, byte[], Placements)}). */
    public static Built build(
            String manifestText, String file, SystemSources sources, byte[] kernelElf, Placements placements)
            throws ManifestException {
        Manifest m = Manifest.parse(manifestText, file);
        List<Boolean> inKernel = placements.resolve(m);
        String table = programsSource(m);
        List<CompileResult> compiled = new ArrayList<>();
        List<byte[]> elfs = new ArrayList<>();
        for (int i = 0; i < m.programs().size(); i++) {
            if (m.programs().get(i).elf() != null) {
                throw new ManifestException(file + ": programs[" + i + "].elf: a system built from "
                        + "places (a lesson's) compiles every program from sources; give \"sources\"");
            }
            CompileResult r =
                    compile(m, i, filesFrom(sources, m.programs().get(i), file, i), table, file, inKernel.get(i));
            compiled.add(r);
            elfs.add(r.elf());
        }
        return new Built(SystemImage.pack(kernelElf, SystemImage.programs(m, elfs, inKernel)), compiled);
    }

    /** The program's sources read from beside the manifest (paths relative to its folder), by file name. */
    private static Map<String, String> filesBeside(Path dir, Manifest.Program p, String file, int i)
            throws ManifestException, IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String s : p.sources()) {
            Path source = dir.resolve(s);
            if (!Files.isRegularFile(source))
                throw new ManifestException(file + ": programs[" + i + "].sources: no file " + source);
            files.put(source.getFileName().toString(), Files.readString(source));
        }
        return files;
    }

    /** The program's sources looked up in the places, each with the rest of its place (one module). */
    static Map<String, String> filesFrom(SystemSources sources, Manifest.Program p, String file, int i)
            throws ManifestException {
        Map<String, String> files = new LinkedHashMap<>();
        for (int k = 0; k < p.sources().size(); k++) {
            String name = p.sources().get(k);
            SystemSources.Found found = sources.find(name);
            if (found == null) {
                throw new ManifestException(file + ": programs[" + i + "].sources[" + k + "] (" + p.name()
                        + "): no file " + name + " in " + sources.describe());
            }
            files.put(name, found.text());
            if (found.place() != SystemSources.DEFAULTS)
                sources.filesOf(found.place()).forEach(files::putIfAbsent);
        }
        return files;
    }

    /**
     * Compiles program {@code i} from its sources (file name to text) and the generated table, or says why not; placed
     * in the kernel, linked at its slot of the kernel-server window.
     */
    private static CompileResult compile(
            Manifest m, int i, Map<String, String> files, String table, String file, boolean inKernel)
            throws ManifestException {
        Manifest.Program p = m.programs().get(i);
        if (files.containsKey(SystemSources.GENERATED)) {
            throw new ManifestException(file + ": programs[" + i + "].sources: " + SystemSources.GENERATED
                    + " is generated by the system builder; rename the file");
        }
        Map<String, String> all = new LinkedHashMap<>(files);
        // only a program that names the table gets it: the others compile the same in every system (ProgramCache)
        if (files.values().stream().anyMatch(text -> text.contains(TABLE_CLASS)))
            all.put(SystemSources.GENERATED, table);
        String main = p.sources().get(0).replaceAll(".*/", "").replace(".java", "");
        CompileResult r = COMPILED.compile(all, main, inKernel ? KernelServers.base(i) : 0);
        if (!r.ok()) {
            throw new ManifestException(
                    file + ": programs[" + i + "] (" + p.name() + ") does not compile:\n" + r.formattedDiagnostics(),
                    r.diagnostics());
        }
        return r;
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
