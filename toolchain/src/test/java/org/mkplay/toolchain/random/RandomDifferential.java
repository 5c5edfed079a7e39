package org.mkplay.toolchain.random;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mkplay.testkit.HostTool;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.corpus.GuestRunner;
import org.mkplay.toolchain.corpus.JvmOracle;
import org.mkplay.toolchain.corpus.OutputComparison;
import org.mkplay.toolchain.front.Profile;

/** Compiles a generated program with our compiler, runs it on a guest runner and judges it against the JVM. */
final class RandomDifferential {
    private RandomDifferential() {}

    /** The JVM's behaviour for one program (its own javac call and child JVM). */
    static HostTool.Result jvm(GeneratedProgram p) throws Exception {
        try (JvmOracle oracle = JvmOracle.compile(Map.of(p.fileName(), p.render()))) {
            return oracle.run(p.className());
        }
    }

    /** Null when the guest behaves exactly like the JVM did. */
    static Finding check(GeneratedProgram p, HostTool.Result jvm, GuestRunner runner) {
        CompileResult compiled;
        try {
            compiled = Compiler.compile(
                    CompileRequest.ofSources(Map.of(p.fileName(), p.render()), p.className(), Profile.STANDALONE));
        } catch (RuntimeException e) {
            return new Finding("our compiler crashed:\n" + stackTrace(e), null, -1);
        }
        if (!compiled.ok())
            return new Finding("our compiler rejected the program:\n" + compiled.formattedDiagnostics(), null, -1);
        GuestRunner.Outcome guest;
        try {
            guest = runner.run(compiled.elf());
        } catch (Exception | AssertionError e) {
            return new Finding("running on " + runner.name() + " failed: " + e.getMessage(), null, -1);
        }
        String mismatch = OutputComparison.mismatch(jvm, guest);
        return mismatch == null ? null : locate(mismatch, jvm.stdout(), guest.console());
    }

    /** Finds the first differing output line and the "fN k" call it belongs to. */
    private static Finding locate(String mismatch, byte[] expected, byte[] actual) {
        String[] want = new String(expected, StandardCharsets.UTF_8).split("\n", -1);
        String[] got = new String(actual, StandardCharsets.UTF_8).split("\n", -1);
        int i = 0;
        while (i < want.length && i < got.length && want[i].equals(got[i])) i++;
        for (String[] lines : new String[][] {want, got}) {
            String[] words = i < lines.length ? lines[i].split(" ") : new String[0];
            if (words.length >= 2 && words[0].matches("f\\d+") && words[1].matches("\\d+")) {
                return new Finding(mismatch, words[0], Integer.parseInt(words[1]));
            }
        }
        return new Finding(mismatch, null, -1);
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
