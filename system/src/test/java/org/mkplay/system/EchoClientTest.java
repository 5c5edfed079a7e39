package org.mkplay.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mkplay.emulator.Machine;
import org.mkplay.emulator.Transcript;

/**
 * docs/mk-api.md's echo server and client, as a system of their own (src/test/resources/echo-client: no supervisor,
 * so every program starts at boot), built by the system builder and booted on our emulator: the client's call comes
 * back with its text, the client exits, and with nothing left to wait for the kernel powers off.
 */
class EchoClientTest {
    @Test
    void theDocumentedClientGetsItsTextBack() throws Exception {
        Path manifest = Path.of(
                EchoClientTest.class.getResource("/echo-client/system.json").toURI());
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
}
