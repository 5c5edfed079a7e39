package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code mkplay system} (build a system image from a manifest) and {@code mkplay boot} (the default system). */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SystemCommandTest {
    @TempDir
    Path dir;

    @Test
    void aManifestBuildsAnImageThatRunBoots() throws Exception {
        Files.writeString(
                dir.resolve("Hello.java"),
                "public class Hello {\n    public static void main(String[] a) {\n"
                        + "        System.out.println(\"hello from a system\");\n    }\n}\n");
        Files.writeString(
                dir.resolve("system.json"),
                "{ \"programs\": [ { \"name\": \"hello\", \"sources\": [\"Hello.java\"], \"priority\": 3 } ] }");
        Path image = dir.resolve("system.elf");
        CliHarness.Result built =
                CliHarness.run("system", dir.resolve("system.json").toString(), "-o", image.toString());
        assertEquals(0, built.status(), built.stderr());
        assertTrue(built.out().startsWith("mkplay system: wrote " + image), built.out());
        CliHarness.Result run = CliHarness.run("run", image.toString());
        assertEquals(0, run.status(), run.stderr());
        assertTrue(run.out().contains("user: hello is process 0, ASID 1, priority 3"), run.out());
        assertTrue(run.out().contains("hello from a system\nexit: thread 0 (process 0) status 0\n"), run.out());
    }

    @Test
    void aBadManifestIsRefusedNamingItsLineAndWritesNothing() throws Exception {
        Files.writeString(
                dir.resolve("bad.json"),
                "{ \"programs\": [\n  { \"name\": \"a\", \"sources\": [\"A.java\"],\n    \"priority\": 99 } ] }");
        Path image = dir.resolve("never.elf");
        CliHarness.Result r = CliHarness.run("system", dir.resolve("bad.json").toString(), "-o", image.toString());
        assertEquals(2, r.status());
        assertEquals("mkplay system: bad.json:3: programs[0].priority: must be 0..15, not 99\n", r.stderr());
        assertTrue(Files.notExists(image));
        assertEquals(
                2,
                CliHarness.run("system", dir.resolve("none.json").toString(), "-o", image.toString())
                        .status());
    }

    /** Standard input that holds its bytes back until the console shows the shell's prompt, as a person would. */
    static final class TypedAfterPrompt extends InputStream {
        private final ByteArrayOutputStream console;
        private final byte[] typed;
        private int next;

        TypedAfterPrompt(ByteArrayOutputStream console, String typed) {
            this.console = console;
            this.typed = typed.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public int read() {
            while (!console.toString(StandardCharsets.UTF_8).contains("mk$ ")) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            return next < typed.length ? typed[next++] & 0xff : -1;
        }
    }

    @Test
    void bootRunsTheDefaultSystemsShellUntilHalt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new TypedAfterPrompt(out, "echo hi\nhalt\n");
        int status = Main.execute(
                new Main.Io(
                        in,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)),
                "boot");
        String console = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(
                console.contains("mkplay shell: type help\nmk$ echo hi\nhi\nmk$ halt\nsupervisor: halting\n"), console);
        assertTrue(console.endsWith("powering off\n"), console);
    }

    @Test
    void bootRefusesAPlacementThatDoesNotExistYet() {
        CliHarness.Result r = CliHarness.run("boot", "--placement", "kernel");
        assertEquals(2, r.status());
        assertEquals("mkplay boot: placement 'kernel' is not implemented yet (only user)\n", r.stderr());
    }
}
