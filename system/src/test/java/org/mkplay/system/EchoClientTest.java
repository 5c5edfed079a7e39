package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;

/**
 * docs/mk-api.md's echo server and client, as a system of their own (no supervisor, so every program starts at
 * boot): the client and the manifest from src/test/resources/echo-client, the name, console and echo servers the
 * default system's own; built by the system builder and booted on our emulator: the client's call comes back with
 * its text, the client exits, and with nothing left to wait for the kernel powers off.
 */
class EchoClientTest {
    @Test
    void theDocumentedClientGetsItsTextBack(@TempDir Path dir) throws Exception {
        for (String server : List.of("NameServer.java", "ConsoleServer.java", "EchoServer.java"))
            copy("/org/mkplay/system/default/" + server, dir.resolve(server));
        copy("/echo-client/EchoClient.java", dir.resolve("EchoClient.java"));
        Path manifest = copy("/echo-client/system.json", dir.resolve("system.json"));
        Machine machine = new Machine();
        machine.load(SystemBuilder.build(manifest, SystemBuilder.kernelImage()));
        Transcript run = machine.runToEnd(50_000_000L);
        assertTrue(run.halted(), run.text());
        assertEquals(0, run.exitStatus());
        assertTrue(
                run.text()
                        .endsWith("hello, echo\nexit: thread 3 (process 3) status 0\n"
                                + "kernel: no thread can run, "
                                + run.text().replaceAll("(?s).*no thread can run, (\\d+) frames.*", "$1")
                                + " frames in use, powering off\n"),
                run.text());
    }

    private static Path copy(String resource, Path to) throws Exception {
        try (InputStream in = EchoClientTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
        return to;
    }
}
