package org.mkplay.kernel.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.Profile;

/**
 * Builds the kernel image: our toolchain compiles the javac output of the kernel sources (kernel profile)
 * into an ELF. The module's build runs it between test-compile and the tests (see kernel/pom.xml).
 */
public final class KernelImage {
    private KernelImage() {}

    public static final String MAIN_CLASS = "org.mkplay.kernel.Boot";

    /** Arguments: the kernel's class directory, the ELF to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: KernelImage CLASS_DIRECTORY OUT.elf");
        Path out = Path.of(args[1]);
        Files.write(out, compile(Path.of(args[0]), MAIN_CLASS).elf());
    }

    /** The image of the classes under classDirectory, entered at mainClass's main; fails with the diagnostics. */
    public static CompileResult compile(Path classDirectory, String mainClass) {
        CompileResult r = Compiler.compile(CompileRequest.ofClassDirectory(classDirectory, mainClass, Profile.KERNEL));
        if (!r.ok()) throw new IllegalStateException("the kernel does not compile:\n" + r.formattedDiagnostics());
        return r;
    }
}
