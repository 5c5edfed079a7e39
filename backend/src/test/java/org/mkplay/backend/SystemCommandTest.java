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
        String console = boot("boot");
        assertTrue(
                console.contains("mkplay shell: type help\nmk$ echo hi\nhi\nmk$ halt\nsupervisor: halting\n"), console);
        assertTrue(console.endsWith("powering off\n"), console);
    }

    /** The same shell with names, echo and files in the kernel (the monolithic baseline), and files alone (mixed). */
    @Test
    void bootPlacesTheServersInTheKernelWhenAsked() {
        String kernel = boot("boot", "--placement", "kernel");
        assertTrue(kernel.contains("kernel: echo is process 3, in the kernel"), kernel);
        assertTrue(kernel.contains("kernel: files is process 4, in the kernel"), kernel);
        assertTrue(kernel.contains("mk$ echo hi\nhi\nmk$ halt\nsupervisor: halting\n"), kernel);
        String mixed = boot("boot", "--placement", "mixed");
        assertTrue(mixed.contains("user: echo is process 3"), mixed);
        assertTrue(mixed.contains("kernel: files is process 4, in the kernel"), mixed);
        assertTrue(mixed.contains("mk$ echo hi\nhi\nmk$ halt\nsupervisor: halting\n"), mixed);
    }

    private static String boot(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new TypedAfterPrompt(out, "echo hi\nhalt\n");
        int status = Main.execute(
                new Main.Io(
                        in,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)),
                args);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bootRefusesAnUnknownPlacement() {
        CliHarness.Result r = CliHarness.run("boot", "--placement", "monolith");
        assertEquals(2, r.status());
        assertEquals("mkplay boot: placement 'monolith' is not one of user, kernel, mixed\n", r.stderr());
    }

    /** mkplay system --placement: a preset or NAME=kernel pairs; a program that cannot be placed is named. */
    @Test
    void systemPlacesProgramsInTheKernelOnRequest() throws Exception {
        Files.writeString(
                dir.resolve("Echo.java"),
                "import org.mkplay.mk.*;\npublic class Echo extends Server {\n"
                        + "    protected void handle(Message q, Message a) { a.label(q.label() + 1); }\n"
                        + "    public static void main(String[] x) { new Echo().serve(); }\n}\n");
        Files.writeString(
                dir.resolve("Client.java"),
                "import org.mkplay.mk.*;\npublic class Client {\n    public static void main(String[] x) {\n"
                        + "        Message m = new Message();\n        long s = Ipc.call(Cap.program(0), m.clear().label(41));\n"
                        + "        System.out.println(\"status \" + s + \" label \" + m.label());\n    }\n}\n");
        Files.writeString(
                dir.resolve("system.json"),
                "{ \"programs\": [ { \"name\": \"echo\", \"sources\": [\"Echo.java\"], \"priority\": 5,"
                        + " \"serves\": true },\n { \"name\": \"client\", \"sources\": [\"Client.java\"],"
                        + " \"priority\": 3, \"uses\": [\"echo\"] } ] }");
        Path image = dir.resolve("system.elf");
        String manifest = dir.resolve("system.json").toString();
        for (String spec : new String[] {"kernel", "echo=kernel"}) {
            CliHarness.Result built = CliHarness.run("system", manifest, "--placement", spec, "-o", image.toString());
            assertEquals(0, built.status(), built.stderr());
            CliHarness.Result run = CliHarness.run("run", image.toString());
            assertTrue(run.out().contains("kernel: echo is process 0, in the kernel"), run.out());
            assertTrue(run.out().contains("status 0 label 42\n"), run.out());
        }
        CliHarness.Result refused =
                CliHarness.run("system", manifest, "--placement", "client=kernel", "-o", image.toString());
        assertEquals(2, refused.status());
        assertEquals(
                "mkplay system: placement: client cannot run in the kernel: it serves no endpoint (only a server's"
                        + " handler can be called from the kernel)\n",
                refused.stderr());
        CliHarness.Result bad =
                CliHarness.run("system", manifest, "--placement", "echo=monolith", "-o", image.toString());
        assertEquals(2, bad.status());
        assertEquals("mkplay system: --placement: placement of echo: 'monolith' is not user or kernel\n", bad.stderr());
    }
}
