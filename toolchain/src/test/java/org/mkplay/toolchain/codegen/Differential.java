package org.mkplay.toolchain.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.Qemu;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;

/** Runs a program on the JVM and, compiled by us, on QEMU; the outputs and exit statuses must agree. */
final class Differential {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private Differential() {}

    record Run(String output, int exit) {}

    static CompileResult compile(String mainSource) {
        CompileResult r = Compiler.compile(CompileRequest.ofSources(Map.of("Main.java", mainSource)));
        assertTrue(r.ok(), () -> r.formattedDiagnostics());
        return r;
    }

    static Run jvm(String mainSource) throws Exception {
        Path dir = Files.createTempDirectory("mkplay-jvm");
        Files.writeString(dir.resolve("Main.java"), mainSource);
        HostTool.Result c = HostTool.runMerged(
                MINUTE,
                dir,
                List.of(
                        "javac",
                        "--release",
                        "17",
                        "-d",
                        dir.toString(),
                        dir.resolve("Main.java").toString()));
        assertEquals(0, c.exitStatus(), c.out());
        HostTool.Result r = HostTool.runMerged(MINUTE, dir, List.of("java", "-Xss16m", "-cp", dir.toString(), "Main"));
        return new Run(r.out(), r.exitStatus());
    }

    static Run qemu(byte[] elf) throws Exception {
        Qemu.Run r = Qemu.boot(elf);
        return new Run((r.text() + r.diagnostics()).replace("\r\n", "\n"), r.exitStatus());
    }

    /** Output as compared: the JDK's own frames and its helpful NullPointerException messages left out (see OutputComparison). */
    static String comparable(String out) {
        return String.join("\n", org.mkplay.toolchain.corpus.OutputComparison.comparableReport(out));
    }

    /** Asserts identical output and status; returns the output. */
    static String assertSame(String mainSource) throws Exception {
        CompileResult compiled = compile(mainSource);
        Run expected = jvm(mainSource);
        Run actual = qemu(compiled.elf());
        assertEquals(comparable(expected.output()), comparable(actual.output()));
        assertEquals(expected.exit(), actual.exit());
        return actual.output();
    }
}
