package org.mkplay.toolchain.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mkplay.testkit.HostTool;
import org.mkplay.testkit.NeedsHostTools;
import org.mkplay.toolchain.CompileRequest;
import org.mkplay.toolchain.CompileResult;
import org.mkplay.toolchain.Compiler;
import org.mkplay.toolchain.ListingLine;
import org.mkplay.toolchain.front.Profile;

class CompilerApiTest {
    private static final String HELLO = """
        public class Main {
            public static void main(String[] args) {
                int x = args.length + 40;
                System.out.println(x + 2);
            }
        }
        """;

    @Test
    void everyUnsupportedConstructIsReportedAtOnceWithFileAndLine() throws Exception {
        CompileResult r = Compiler.compile(
                CompileRequest.ofSources(Map.of("Main.java", EndToEndTest.resource("Unsupported.java.txt"))));
        assertFalse(r.ok());
        assertNull(r.elf());
        String d = r.formattedDiagnostics();
        for (String expected : List.of(
                "Main.java:5: error: floating point (float/double) is not supported",
                "Main.java:7: error: synchronized block is not supported",
                "Main.java:8: error: method java.lang.RuntimeException.printStackTrace is not supported",
                "Main.java:9: error: class java.util.BitSet is not supported",
                "Main.java:10: error: method java.lang.System.nanoTime is not supported",
                "Main.java:13: error: class java.lang.Number is not supported",
                "Main.java:14: error: field java.lang.System.err is not supported",
                "Main.java:15: error: method java.lang.String.intern is not supported")) {
            assertTrue(d.contains(expected + "\n"), "missing <" + expected + "> in\n" + d);
        }
    }

    @Test
    void javacErrorsBecomeDiagnostics() {
        CompileResult r = Compiler.compile(
                CompileRequest.ofSources(Map.of("Main.java", "public class Main { void f() { int x = ; } }")));
        assertFalse(r.ok());
        assertEquals("Main.java", r.diagnostics().get(0).file());
        assertEquals(1, r.diagnostics().get(0).line());
    }

    @Test
    void missingMainIsAnError() {
        CompileResult r = Compiler.compile(CompileRequest.ofSources(Map.of("A.java", "class A { }")));
        assertFalse(r.ok());
        assertTrue(r.diagnostics().get(0).message().contains("main"), r.formattedDiagnostics());
    }

    @Test
    void listingMapsSourceLinesToDisassembledInstructions() {
        CompileResult r = Differential.compile(HELLO);
        List<ListingLine> line4 = r.listing().stream()
                .filter(l -> "Main.java".equals(l.file()) && l.line() == 4)
                .toList();
        assertFalse(line4.isEmpty());
        assertTrue(line4.stream().anyMatch(l -> l.disassembly().startsWith("jal")), line4.toString());
        assertTrue(line4.stream().allMatch(l -> l.method().equals("Main.main")));
        assertTrue(
                r.symbols().stream().anyMatch(s -> s.name().equals("Main.main([Ljava/lang/String;)V") && s.function()));
    }

    @NeedsHostTools
    @Test
    void compiledImageIsAcceptedByGnuTools() throws Exception {
        CompileResult r = Differential.compile(HELLO);
        String path =
                Files.write(Files.createTempFile("mkplay", ".elf"), r.elf()).toString();
        HostTool.Result readelf =
                HostTool.run(Duration.ofSeconds(30), List.of("riscv64-unknown-elf-readelf", "-W", "-a", path));
        assertEquals(0, readelf.exitStatus(), readelf.everything());
        assertFalse(readelf.everything().contains("Warning"), readelf.everything());
        HostTool.Result dump = HostTool.run(Duration.ofSeconds(30), List.of("riscv64-unknown-elf-objdump", "-d", path));
        assertEquals(0, dump.exitStatus(), dump.everything());
        assertTrue(dump.everything().contains("<Main.main([Ljava/lang/String;)V>:"), dump.everything());
        assertFalse(dump.everything().contains("(bad)"), "undecodable instruction in text");
    }

    @NeedsHostTools
    @Test
    void compileFilesReadsSourcesAndClassDirectories() throws Exception {
        Path dir = Files.createTempDirectory("mkplay-src");
        Files.writeString(dir.resolve("Main.java"), HELLO);
        CompileResult fromSources = Compiler.compileFiles(List.of(dir.resolve("Main.java")), Profile.STANDALONE, null);
        assertTrue(fromSources.ok(), fromSources.formattedDiagnostics());
        HostTool.Result c = HostTool.run(
                Duration.ofSeconds(60),
                List.of(
                        "javac",
                        "-g",
                        "--release",
                        "17",
                        "-d",
                        dir.resolve("classes").toString(),
                        dir.resolve("Main.java").toString()));
        assertEquals(0, c.exitStatus(), c.everything());
        CompileResult fromClasses = Compiler.compileFiles(List.of(dir.resolve("classes")), Profile.STANDALONE, "Main");
        assertTrue(fromClasses.ok(), fromClasses.formattedDiagnostics());
        assertEquals("42\n", Differential.qemu(fromClasses.elf()).output());
    }

    @Test
    void userProfileRejectsKernelIntrinsics() {
        String src = """
            public class Main {
                public static void main(String[] args) { org.mkplay.vmmagic.Cpu.wfi(); }
            }
            """;
        String cpu = "package org.mkplay.vmmagic; public final class Cpu { public static void wfi() { } }";
        CompileResult r = Compiler.compile(
                CompileRequest.ofSources(Map.of("Main.java", src, "Cpu.java", cpu), null, Profile.USER));
        assertFalse(r.ok());
        assertTrue(
                r.formattedDiagnostics()
                        .contains(
                                "Main.java:2: error: intrinsic org.mkplay.vmmagic.Cpu.wfi outside the kernel profile is not supported"),
                r.formattedDiagnostics());
    }
}
