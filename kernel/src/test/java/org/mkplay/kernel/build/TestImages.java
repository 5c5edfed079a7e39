package org.mkplay.kernel.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.Profile;

/**
 * The kernel's test images: the kernel with user programs packed in. Each program is one source file under
 * src/test/user (class name = file name = the program's name), compiled by our toolchain's user profile.
 */
public final class TestImages {
    private TestImages() {}

    /** A test image: its file name (target/images/NAME.elf) and its programs, in load order. */
    public record Spec(String name, List<String> programs) {}

    public static final Path USER_SOURCES = Path.of("src", "test", "user");
    public static final Path OUT = Path.of("target", "images");

    public static final List<Spec> IMAGES = List.of(
        new Spec("hello", List.of("HelloA", "HelloB")),
        new Spec("faults", List.of("NullDeref", "StackOverflow", "HelloA")));

    /** A user program compiled by the user profile; fails with the diagnostics. */
    public static byte[] compileProgram(Path sources, String name) {
        CompileResult r = Compiler.compileFiles(List.of(sources.resolve(name + ".java")), Profile.USER, name);
        if (!r.ok()) throw new IllegalStateException("user program " + name + " does not compile:\n" + r.formattedDiagnostics());
        return r.elf();
    }

    /** Writes every test image into outDirectory. */
    static void writeAll(CompileResult kernel, Path userSources, Path outDirectory) throws IOException {
        Files.createDirectories(outDirectory);
        for (Spec spec : IMAGES) {
            List<UserImagePack.Program> programs = new ArrayList<>();
            for (String p : spec.programs()) programs.add(new UserImagePack.Program(p, compileProgram(userSources, p)));
            Files.write(outDirectory.resolve(spec.name() + ".elf"), UserImagePack.pack(kernel, programs));
        }
    }
}
