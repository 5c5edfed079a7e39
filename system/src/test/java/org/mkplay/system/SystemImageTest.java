package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.kernel.UserImages;
import org.mkplay.vmmagic.Abi;

/** The capabilities a manifest gives, the packed table the kernel reads, and the builder's errors. */
class SystemImageTest {
    static Manifest defaults() throws Exception {
        return Manifest.parse(ManifestTest.defaultManifest(), "system.json");
    }

    static boolean has(List<Long> grants, int kind, int slot, int number, int rights, long badge) {
        return grants.contains(UserImages.grant(kind, slot, number, rights, badge));
    }

    @Test
    void eachProgramGetsWhatTheManifestSaysAndNothingElse() throws Exception {
        Manifest m = defaults();
        List<Long> console = SystemImage.grants(m, 2);
        assertTrue(has(console, UserImages.KIND_ENDPOINT, SystemImage.SELF, 2, Abi.RIGHT_RECEIVE, 0));
        assertTrue(has(console, UserImages.KIND_DEVICE, SystemImage.DEVICE, 0, Abi.RIGHT_READ | Abi.RIGHT_WRITE, 0));
        assertTrue(has(console, UserImages.KIND_IRQ, SystemImage.IRQ, Abi.IRQ_UART, 0, 0));
        assertTrue(has(console, UserImages.KIND_NOTIFICATION, SystemImage.INPUT_SIGNAL, 0, Abi.RIGHT_SEND, 0));
        assertTrue(has(console, UserImages.KIND_FAULT, 0, 0, 0, 3), "the supervisor is its fault endpoint, badge 3");
        List<Long> shell = SystemImage.grants(m, 5);
        assertTrue(
                has(shell, UserImages.KIND_ENDPOINT, SystemImage.PROGRAMS + 3, 3, Abi.RIGHT_SEND, 6), "echo, badge 6");
        assertTrue(has(shell, UserImages.KIND_ENDPOINT, SystemImage.PROGRAMS + 4, 4, Abi.RIGHT_SEND, 6), "files");
        assertTrue(has(shell, UserImages.KIND_ENDPOINT, SystemImage.PROGRAMS + 6, 6, Abi.RIGHT_SEND, 6), "kv");
        assertTrue(has(shell, UserImages.KIND_ENDPOINT, SystemImage.CONSOLE, 2, Abi.RIGHT_SEND, 6));
        assertTrue(has(shell, UserImages.KIND_ENDPOINT, SystemImage.SUPERVISOR, 0, Abi.RIGHT_SEND, 6));
        assertTrue(has(shell, UserImages.KIND_NOTIFICATION, SystemImage.INPUT, 0, Abi.RIGHT_RECEIVE, 0));
        assertTrue(
                shell.stream().noneMatch(g -> UserImages.grantKind(g) == UserImages.KIND_DEVICE),
                "no device for the shell");
        List<Long> echo = SystemImage.grants(m, 3);
        assertEquals(
                4, echo.size(), "its endpoint, the name service (slot 16 + 1 and slot 2), its fault endpoint: " + echo);
        List<Long> supervisor = SystemImage.grants(m, 0);
        for (int k = 1; k < 7; k++)
            assertTrue(has(supervisor, UserImages.KIND_PROCESS, SystemImage.PROCESSES + k, k, Abi.RIGHT_CONTROL, 0));
        assertTrue(has(supervisor, UserImages.KIND_PROCESS, SystemImage.PROCESSES, 0, 0, 0), "its own, no rights");
    }

    @Test
    void theTableHasTheKernelsFormatWithEveryProgramButTheSupervisorHeld() throws Exception {
        Manifest m = defaults();
        byte[] elf = new byte[100];
        List<SystemImage.Program> programs = SystemImage.programs(m, List.of(elf, elf, elf, elf, elf, elf, elf));
        ByteBuffer b = ByteBuffer.wrap(SystemImage.table(programs)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(UserImages.MAGIC, b.getLong(0));
        assertEquals(7, b.getLong(8));
        for (int i = 0; i < 7; i++) {
            int entry = UserImages.HEADER_SIZE + UserImages.ENTRY_SIZE * i;
            long priority = b.getLong(entry + UserImages.PRIORITY_OFFSET);
            assertEquals(m.programs().get(i).priority(), priority & 0xFF);
            assertEquals(i != 0, (priority & UserImages.HELD) != 0, "program " + i);
            assertEquals(104, b.getLong(entry + 8) + 4, "ELF length");
        }
    }

    @Test
    void aProgramThatDoesNotCompileIsNamedWithItsFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("Bad.java"),
                "public class Bad {\n    public static void main(String[] a) {\n        int x = ;\n    }\n}\n");
        String e = buildError(
                dir, "{ \"programs\": [ { \"name\": \"bad\", \"sources\": [\"Bad.java\"], \"priority\": 1 } ] }");
        assertTrue(e.startsWith("system.json: programs[0] (bad) does not compile:"), e);
        assertTrue(e.contains("Bad.java:3"), e);
    }

    @Test
    void aMissingSourceIsNamed(@TempDir Path dir) throws Exception {
        String e = buildError(
                dir, "{ \"programs\": [ { \"name\": \"a\", \"sources\": [\"A.java\"], \"priority\": 1 } ] }");
        assertTrue(e.startsWith("system.json: programs[0].sources: no file "), e);
    }

    /** The message of the ManifestException that building the manifest (written to dir/system.json) throws. */
    private static String buildError(Path dir, String manifest) throws Exception {
        Files.writeString(dir.resolve("system.json"), manifest);
        return assertThrows(
                        ManifestException.class,
                        () -> SystemBuilder.build(dir.resolve("system.json"), SystemBuilder.kernelImage()))
                .getMessage();
    }
}
