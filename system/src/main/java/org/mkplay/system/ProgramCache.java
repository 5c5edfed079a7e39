package org.mkplay.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.front.Profile;

/**
 * The user-profile programs compiled lately, keyed by a SHA-256 of their exact input (the main class, where it is
 * linked, and every source file's name and text): the compiler is deterministic, so the same input gives the same program, and a system that
 * differs from the last one in one program (a lesson's starter and solution, a learner's next Run) compiles only
 * that one. Kept without the IR (not needed once compiled), the least recently used first out, at most {@code size}.
 */
final class ProgramCache {
    private final Map<String, CompileResult> results;

    ProgramCache(int size) {
        this.results = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CompileResult> eldest) {
                return size() > size;
            }
        };
    }

    /** The program of {@code sources} (file name to text) with main class {@code main}, compiled or remembered. */
    CompileResult compile(Map<String, String> sources, String main) {
        return compile(sources, main, 0);
    }

    /** The same, placed in the kernel at {@code kernelBase} unless it is 0 (CompileRequest.inKernelAt). */
    CompileResult compile(Map<String, String> sources, String main, long kernelBase) {
        String key = key(sources, main + "@" + Long.toHexString(kernelBase));
        synchronized (results) {
            CompileResult known = results.get(key);
            if (known != null) return known;
        }
        CompileResult r = Compiler.compile(
                CompileRequest.ofSources(sources, main, Profile.USER).inKernelAt(kernelBase));
        CompileResult kept = new CompileResult(r.diagnostics(), r.elf(), r.listing(), r.symbols(), List.of());
        synchronized (results) {
            results.put(key, kept);
        }
        return kept;
    }

    private static String key(Map<String, String> sources, String main) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((main + "\0").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : new TreeMap<>(sources).entrySet()) {
                sha.update((e.getKey() + "\0" + e.getValue().length() + "\0" + e.getValue())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
