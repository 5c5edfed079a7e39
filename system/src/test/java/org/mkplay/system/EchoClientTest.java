package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;

/**
 * docs/mk-api.md's echo server and client, as a system of their own (no supervisor, so every program starts at
 * boot): the client and the manifest from src/test/resources/echo-client, built from places as a lesson's system is
 * (the name, console and echo servers are the default system's own), booted on our emulator: the client's call comes
 * back with its text, the client exits, and with nothing left to wait for the kernel powers off.
 */
class EchoClientTest {
    @Test
    void theDocumentedClientGetsItsTextBack() throws Exception {
        SystemSources sources = new SystemSources(List.of(new SystemSources.Place(
                "echo-client/", Map.of("EchoClient.java", resource("/echo-client/EchoClient.java")))));
        SystemBuilder.Built built = SystemBuilder.build(
                resource("/echo-client/system.json"), "system.json", sources, SystemBuilder.kernelImage());
        Machine machine = new Machine();
        machine.load(built.image());
        Transcript run = machine.runToEnd(SystemRuns.TEST_SYSTEM_BUDGET);
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

    private static String resource(String name) throws Exception {
        return Files.readString(SystemRuns.resource(name));
    }
}
