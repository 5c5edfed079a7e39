package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mkplay compile} in-process: images, listings, diagnostics and exit codes. */
class CompileCommandTest {
    static final String HELLO = """
            public class Hello {
                public static void main(String[] args) {
                    System.out.println("hi from Java");
                    System.exit(3);
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void compilesSourcesToRiscvElfAndListing() throws Exception {
        Path source = Files.writeString(dir.resolve("Hello.java"), HELLO);
        Path elf = dir.resolve("hello.elf");
        Path listing = dir.resolve("hello.lst");
        CliHarness.Result r = CliHarness.run(
                "compile",
                "--profile",
                "standalone",
                "-o",
                elf.toString(),
                "--listing",
                listing.toString(),
                source.toString());
        assertEquals(0, r.status(), r.stderr());
        assertEquals("", r.stderr());
        byte[] image = Files.readAllBytes(elf);
        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F', 2 /* ELFCLASS64 */}, Arrays.copyOf(image, 5));
        assertEquals(243, image[18] & 0xff | (image[19] & 0xff) << 8, "e_machine EM_RISCV");
        String text = Files.readString(listing);
        assertTrue(text.lines().anyMatch(l -> l.matches("80000000: [0-9a-f]{8}  .*")), "starts at RAM base");
        assertTrue(text.contains("Hello.java:3"), "listing names the source line of println");
    }

    @Test
    void irOptionWritesTheOptimisedIrOfEveryCompiledMethod() throws Exception {
        Path source = Files.writeString(dir.resolve("Sum.java"), """
                public class Sum {
                    static int sum(int[] a) {
                        int s = 0;
                        for (int i = 0; i < a.length; i++) s += a[i];
                        return s;
                    }
                    public static void main(String[] args) {
                        System.exit(sum(new int[] {4, 5, 6}));
                    }
                }
                """);
        Path ir = dir.resolve("sum.ir");
        CliHarness.Result r = CliHarness.run(
                "compile", "-o", dir.resolve("sum.elf").toString(), "--ir", ir.toString(), source.toString());
        assertEquals(0, r.status(), r.stderr());
        String text = Files.readString(ir);
        String sum = text.substring(text.indexOf("Sum.sum([I)I\n"));
        sum = sum.substring(0, sum.indexOf("\n\n"));
        assertTrue(sum.contains(" = alen ") && sum.contains(" = load "), sum);
        assertFalse(sum.contains("bounds"), "the loop's bounds check is eliminated:\n" + sum);
        assertTrue(text.contains("Sum.main([Ljava/lang/String;)V\n"), "every compiled method is listed");
    }

    /** --heap and --gc-stress build a working image; a heap the collector cannot use is refused. */
    @Test
    void heapOptionsReachTheImageAndBadOnesExit2() throws Exception {
        Path source = Files.writeString(dir.resolve("Hello.java"), HELLO);
        Path elf = dir.resolve("hello.elf");
        CliHarness.Result r = CliHarness.run(
                "compile", "--heap", "65536", "--gc-stress", "10", "-o", elf.toString(), source.toString());
        assertEquals(0, r.status(), r.stderr());
        CliHarness.Result run = CliHarness.run("run", elf.toString());
        assertEquals("hi from Java\n", run.out());
        assertEquals(3, run.status());
        CliHarness.Result small = CliHarness.run("compile", "--heap", "100", "-o", elf.toString(), source.toString());
        assertEquals(2, small.status());
        assertTrue(small.stderr().contains("heap size"), small.stderr());
        CliHarness.Result huge =
                CliHarness.run("compile", "--heap", "117440512", "-o", elf.toString(), source.toString());
        assertEquals(2, huge.status());
        assertTrue(huge.stderr().contains("does not fit below the stack"), huge.stderr());
    }

    @Test
    void compileErrorsGoToStderrWithFileAndLineAndExit1() throws Exception {
        Path source = Files.writeString(dir.resolve("Bad.java"), """
                public class Bad {
                    public static void main(String[] args) {
                        int x = "not a number";
                    }
                }
                """);
        Path elf = dir.resolve("bad.elf");
        CliHarness.Result r = CliHarness.run("compile", "-o", elf.toString(), source.toString());
        assertEquals(1, r.status());
        assertTrue(r.stderr().contains("Bad.java:3: error:"), r.stderr());
        assertTrue(r.stderr().trim().endsWith("1 error"), r.stderr());
        assertFalse(Files.exists(elf), "no image on failure");
    }

    @Test
    void userProfileIsAcceptedInLowerCase() throws Exception {
        Path source = Files.writeString(dir.resolve("Hello.java"), HELLO);
        Path elf = dir.resolve("user.elf");
        CliHarness.Result r = CliHarness.run("compile", "--profile", "user", "-o", elf.toString(), source.toString());
        assertEquals(0, r.status(), r.stderr());
        assertTrue(Files.size(elf) > 64);
    }

    @Test
    void missingSourceIsUsageError2() {
        Path elf = dir.resolve("x.elf");
        CliHarness.Result r = CliHarness.run(
                "compile", "-o", elf.toString(), dir.resolve("Nope.java").toString());
        assertEquals(2, r.status());
        assertTrue(
                r.stderr().contains("no such file or directory") && r.stderr().contains("Nope.java"), r.stderr());
    }

    @Test
    void missingOutputOptionIsUsageError2() throws Exception {
        Path source = Files.writeString(dir.resolve("Hello.java"), HELLO);
        CliHarness.Result r = CliHarness.run("compile", source.toString());
        assertEquals(2, r.status());
        assertTrue(r.stderr().contains("--output"), r.stderr());
    }
}
