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
 * {@code gc} sets up the heap of the standalone and user profiles (see {@link GcOptions}).
 */
public record CompileRequest(
        Map<String, String> sources, Path classDirectory, String mainClass, Profile profile, GcOptions gc) {
    public CompileRequest {
        if ((sources == null) == (classDirectory == null)) {
            throw new IllegalArgumentException("give exactly one of sources or classDirectory");
        }
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(gc, "gc");
    }

    public static CompileRequest ofSources(Map<String, String> sources, String mainClass, Profile profile) {
        return new CompileRequest(Map.copyOf(sources), null, mainClass, profile, GcOptions.DEFAULT);
    }

    /** The same request with other heap options (its size, the heap checker, stress collections). */
    public CompileRequest withGc(GcOptions options) {
        return new CompileRequest(sources, classDirectory, mainClass, profile, options);
    }

    public static CompileRequest ofSources(Map<String, String> sources) {
        return ofSources(sources, null, Profile.STANDALONE);
    }

    public static CompileRequest ofClassDirectory(Path dir, String mainClass, Profile profile) {
        return new CompileRequest(null, dir, mainClass, profile, GcOptions.DEFAULT);
    }
}
