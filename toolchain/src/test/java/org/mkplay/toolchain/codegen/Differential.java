package org.mkplay.toolchain.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.elf.ExternalTools;

/** Runs a program on the JVM and, compiled by us, on QEMU; the outputs and exit statuses must agree. */
final class Differential {
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
        ExternalTools.Result c = ExternalTools.run(60, "javac", "--release", "17", "-d", dir.toString(), dir.resolve("Main.java").toString());
        assertEquals(0, c.exitCode(), c.output());
        List<String> cmd = new ArrayList<>(List.of("java", "-Xss16m", "-cp", dir.toString(), "Main"));
        ExternalTools.Result r = ExternalTools.run(60, cmd.toArray(String[]::new));
        return new Run(r.output(), r.exitCode());
    }

    static Run qemu(byte[] elf) throws Exception {
        ExternalTools.Result r = ExternalTools.qemu(elf);
        return new Run(r.output().replace("\r\n", "\n"), r.exitCode());
    }

    /** Our fault reports show only the faulting frame; drop the JVM's outer frames ("\tat" lines after the first). */
    static String topFrameOnly(String out) {
        StringBuilder sb = new StringBuilder();
        boolean seenAt = false;
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("\tat ")) {
                if (seenAt) continue;
                seenAt = true;
            }
            sb.append(line).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    /** Asserts identical output and status; returns the output. */
    static String assertSame(String mainSource) throws Exception {
        CompileResult compiled = compile(mainSource);
        Run expected = jvm(mainSource);
        Run actual = qemu(compiled.elf());
        assertEquals(topFrameOnly(expected.output()), actual.output());
        assertEquals(expected.exit(), actual.exit());
        return actual.output();
    }
}
