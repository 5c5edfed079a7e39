package org.mkplay.toolchain;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.mkplay.toolchain.front.Profile;
import org.mkplay.toolchain.link.GcOptions;

/**
 * What to compile: either Java sources (file name → source text, compiled in-process by javac with
 * {@code --release 17 -g -proc:none}) or a directory of class files. {@code mainClass} is a binary name
 * ("Main", "pkg.Main") or null to pick the only class declaring {@code public static void main(String[])}.
 * {@code gc} sets up the heap of the standalone and user profiles (see {@link GcOptions}). {@code kernelBase} is 0
 * for an ordinary image; otherwise (user profile only) the program is placed in the kernel: linked at that address
 * in the kernel-server window (vmmagic's Abi.SERVER_WINDOW) and run in S-mode, its runtime entering the kernel by a
 * jump to the trap vector instead of an ecall (docs/kernel.md, "Placement").
 */
public record CompileRequest(
        Map<String, String> sources,
        Path classDirectory,
        String mainClass,
        Profile profile,
        GcOptions gc,
        long kernelBase) {
    public CompileRequest {
        if ((sources == null) == (classDirectory == null)) {
            throw new IllegalArgumentException("give exactly one of sources or classDirectory");
        }
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(gc, "gc");
        if (kernelBase != 0 && (profile != Profile.USER || (kernelBase & 0xFFF) != 0 || kernelBase < 0)) {
            throw new IllegalArgumentException("kernel placement needs the user profile and a page-aligned base");
        }
    }

    public CompileRequest(
            Map<String, String> sources, Path classDirectory, String mainClass, Profile profile, GcOptions gc) {
        this(sources, classDirectory, mainClass, profile, gc, 0);
    }

    /** The same request placed in the kernel, linked at {@code base} (a user-profile program; 0: not placed). */
    public CompileRequest inKernelAt(long base) {
        return new CompileRequest(sources, classDirectory, mainClass, profile, gc, base);
    }

    public static CompileRequest ofSources(Map<String, String> sources, String mainClass, Profile profile) {
        return new CompileRequest(Map.copyOf(sources), null, mainClass, profile, GcOptions.DEFAULT);
    }

    /** The same request with other heap options (its size, the heap checker, stress collections). */
    public CompileRequest withGc(GcOptions options) {
        return new CompileRequest(sources, classDirectory, mainClass, profile, options, kernelBase);
    }

    public static CompileRequest ofSources(Map<String, String> sources) {
        return ofSources(sources, null, Profile.STANDALONE);
    }

    public static CompileRequest ofClassDirectory(Path dir, String mainClass, Profile profile) {
        return new CompileRequest(null, dir, mainClass, profile, GcOptions.DEFAULT);
    }
}
