package org.mkplay.toolchain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mkplay.toolchain.front.Profile;

/**
 * A build step, not part of any image: compiles a directory of classes (javac's output) into an ELF image. The
 * kernel module's build runs it after javac to produce {@code kernel/target/kernel.elf}; a compile error ends it
 * with the diagnostics, which fails the build.
 *
 * <p>Usage: {@code BuildImage PROFILE MAIN_CLASS CLASS_DIRECTORY OUT.elf}, PROFILE one of standalone, kernel, user.
 */
public final class BuildImage {
    private BuildImage() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: BuildImage PROFILE MAIN_CLASS CLASS_DIRECTORY OUT.elf");
        }
        Profile profile = Profile.valueOf(args[0].toUpperCase(Locale.ROOT));
        CompileResult r = Compiler.compile(CompileRequest.ofClassDirectory(Path.of(args[2]), args[1], profile));
        if (!r.ok()) {
            throw new IllegalStateException(args[1] + " does not compile:\n" + r.formattedDiagnostics());
        }
        Path out = Path.of(args[3]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, r.elf());
    }
}
